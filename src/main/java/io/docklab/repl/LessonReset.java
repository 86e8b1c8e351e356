package io.docklab.repl;

import io.docklab.docker.EngineAccess;
import io.docklab.exec.Variables;
import io.docklab.exec.Workspace;
import io.docklab.i18n.Messages;
import io.docklab.lesson.Creates;
import io.docklab.lesson.Lesson;
import io.docklab.repl.render.Style;
import io.docklab.run.CleanupReport;
import io.docklab.run.LessonCleanup;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code :reset lesson}: what the lesson creates, named for the learner to confirm, then removed
 * through {@link LessonCleanup} (nothing else is touched), with one line for what went and one for
 * each problem.
 */
final class LessonReset {
  private final EngineAccess engine;
  private final Style style;

  LessonReset(EngineAccess engine, Style style) {
    this.engine = engine;
    this.style = style;
  }

  /** Everything {@code lesson} creates, by name, with {@code variables} filled in. */
  static List<String> plan(Lesson lesson, Variables variables) {
    Creates creates = lesson.creates();
    List<String> things = new ArrayList<>();
    for (List<String> kind :
        List.of(
            creates.containers(),
            creates.images(),
            creates.repositories(),
            creates.files(),
            creates.networks(),
            creates.volumes())) {
      kind.forEach(name -> things.add(variables.text(name)));
    }
    return things;
  }

  /** Removes what {@code lesson} creates; the lines that say what went and what could not. */
  List<String> clean(Lesson lesson, Workspace workspace, Variables variables) {
    CleanupReport report = new LessonCleanup(engine, workspace, variables).clean(lesson.creates());
    List<String> lines = new ArrayList<>();
    lines.add(
        Messages.get(
            "lab.reset.lessonDone",
            lesson.id(),
            report.removed().isEmpty()
                ? Messages.get("lab.reset.nothing")
                : String.join(", ", report.removed())));
    report
        .problems()
        .forEach(problem -> lines.add(style.warn(Messages.get("lab.reset.problem", problem))));
    report.left().forEach(thing -> lines.add(Messages.get("lab.reset.left", thing)));
    return lines;
  }
}
