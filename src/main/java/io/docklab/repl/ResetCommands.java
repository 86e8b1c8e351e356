package io.docklab.repl;

import io.docklab.i18n.Messages;
import io.docklab.lesson.Lesson;
import io.docklab.session.LessonSession;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** {@code :reset} (this step again, its files removed) and {@code :reset lesson} (from step 1). */
final class ResetCommands {
  private final LabContext lab;
  private final StepFlow flow;
  private final LabQuestions questions;

  ResetCommands(LabContext lab, StepFlow flow, LabQuestions questions) {
    this.lab = lab;
    this.flow = flow;
    this.questions = questions;
  }

  void reset(String argument) throws IOException {
    if (argument.equalsIgnoreCase("lesson")) {
      resetLesson();
    } else if (argument.isEmpty()) {
      resetStep();
    } else {
      lab.say(Messages.get("lab.reset.usage"));
    }
  }

  private void resetStep() throws IOException {
    OpenLesson open = lab.lesson();
    LessonSession session = open.session();
    List<String> files =
        StepView.files(session.step().actions()).stream()
            .map(file -> open.variables().text(file.path()))
            .toList();
    String listed = files.isEmpty() ? Messages.get("lab.reset.noFiles") : String.join(", ", files);
    if (!questions.confirm(Messages.get("lab.reset.stepConfirm", session.number(), listed))) {
      lab.say(Messages.get("lab.solve.cancelled"));
      return;
    }
    List<Path> removed = open.workspace().deleteFiles(files);
    session.resetStep();
    String names =
        removed.isEmpty()
            ? ""
            : Messages.get(
                "lab.reset.removed",
                String.join(", ", removed.stream().map(p -> p.getFileName().toString()).toList()));
    lab.say(Messages.get("lab.reset.stepDone", session.number(), names));
    flow.setup().again();
    flow.show();
  }

  private void resetLesson() {
    OpenLesson open = lab.lesson();
    Lesson lesson = open.session().lesson();
    String what = String.join(", ", LessonReset.plan(lesson, open.variables()));
    if (!questions.confirm(Messages.get("lab.reset.lessonConfirm", lesson.id(), what))) {
      lab.say(Messages.get("lab.solve.cancelled"));
      return;
    }
    new LessonReset(lab.engine(), lab.style())
        .clean(lesson, open.workspace(), open.variables())
        .forEach(lab::say);
    open.session().resetLesson();
    open.runner().backToWorkspace();
    flow.setup().lesson();
    flow.show();
  }
}
