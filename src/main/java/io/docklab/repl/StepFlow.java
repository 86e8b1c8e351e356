package io.docklab.repl;

import io.docklab.i18n.Messages;
import io.docklab.lesson.Lesson;
import io.docklab.lesson.Step;
import io.docklab.repl.render.MarkdownRenderer;
import io.docklab.repl.render.Wrap;
import io.docklab.session.LessonSession;
import io.docklab.session.LessonSession.Move;
import java.util.Locale;

/**
 * The learner's way through a lesson as the screen shows it: a lesson opened (new, resumed or
 * finished), the step shown, {@code :next}, {@code :back}, {@code :hint}, and a step done.
 */
final class StepFlow {
  private final LabContext lab;
  private final Locale locale = Messages.locale();
  private final LabSetup setup;

  StepFlow(LabContext lab) {
    this.lab = lab;
    this.setup = new LabSetup(lab);
  }

  /** The setup of the lesson and its steps, run as the learner reaches them. */
  LabSetup setup() {
    return setup;
  }

  /** Opens {@code lesson}: its introduction when it is new, where the learner is otherwise. */
  void open(Lesson lesson) {
    OpenLesson open = lab.open(lesson);
    LessonSession session = open.session();
    setup.lesson();
    String title = open.variables().text(lesson.title().in(locale));
    if (session.isNew()) {
      lab.say(lab.screen().stepView().intro(lesson, open.variables()));
      lab.settings().describe(lesson, lab.screen().width()).ifPresent(v -> lab.say("\n" + v));
      lab.say("\n" + Messages.get("lab.lesson.workspace", workspace()));
      show();
    } else if (session.finished()) {
      lab.say(lab.style().ok(Messages.get("lab.lesson.complete", title, session.size())));
    } else {
      lab.say(Messages.get("lab.lesson.resume", title, session.number(), session.size()));
      show();
    }
  }

  /** {@code :show}: the current step (its setup run first when it has just become current). */
  void show() {
    OpenLesson open = lab.lesson();
    LessonSession session = open.session();
    setup.stepIfNew();
    lab.say(
        lab.screen()
            .stepView()
            .render(
                session.lesson(), session.index(), session.done(), open.variables(), workspace()));
  }

  /**
   * {@code :next}. A manual step is checked first (quickly, as after a command): when its state
   * holds it is done, as {@code :check} would make it; otherwise, as for any step, the learner
   * moves on past it.
   */
  void next() throws InterruptedException {
    LessonSession session = lab.session();
    Step current = session.step();
    if (current.manual()
        && session.open()
        && lab.lesson().stepChecks().evaluate(current, false).passed()) {
      completeStep();
      return;
    }
    int from = session.number();
    switch (session.next()) {
      case AT_LAST -> lab.say(Messages.get("lab.next.last"));
      case MOVED_PAST_UNDONE -> {
        lab.say(lab.style().dim(Messages.get("lab.next.skipped", from)));
        show();
      }
      default -> show();
    }
  }

  void back() {
    if (lab.session().back() == Move.AT_FIRST) {
      lab.say(Messages.get("lab.back.first"));
    } else {
      show();
    }
  }

  /** {@code :hint}: the next hint of the step, gentle first. */
  void hint() {
    LessonSession session = lab.session();
    session
        .nextHint()
        .ifPresentOrElse(
            hint -> {
              String text = lab.lesson().variables().text(hint.text().in(locale));
              String rendered =
                  new MarkdownRenderer(lab.screen().width() - 12, lab.style().colour())
                      .render(text);
              lab.say(Messages.get("lab.hint", hint.number(), hint.total(), rendered));
            },
            () ->
                lab.say(
                    Messages.get(
                        session.step().hints().isEmpty() ? "lab.hint.none" : "lab.hint.noMore")));
  }

  /**
   * The current step's checks passed after a command: done, or for a manual step, reached: said
   * once, and the learner moves on with {@code :next} (or {@code :check}) once they have looked.
   */
  void passed() {
    LessonSession session = lab.session();
    Step step = session.step();
    if (!step.manual()) {
      completeStep();
    } else if (session.markReached()) {
      lab.say(lab.style().ok(reached(session, step)));
    }
  }

  private String reached(LessonSession session, Step step) {
    return Messages.get("lab.step.reached", session.number(), session.size(), title(step.title()));
  }

  /** The current step passed its checks: said done, then on to the next. */
  void completeStep() {
    LessonSession session = lab.session();
    Step step = session.step();
    int number = session.number();
    session.markDone(step);
    lab.say(
        lab.style().ok(Messages.get("lab.step.done", number, session.size(), title(step.title()))));
    advance();
  }

  /** After a step is done: the next one shown, or the lesson is complete. */
  void advance() {
    LessonSession session = lab.session();
    if (session.advance() == Move.LESSON_FINISHED) {
      String title = title(session.lesson().title());
      lab.say("\n" + lab.style().ok(Messages.get("lab.lesson.finished", title)));
    } else {
      show();
    }
  }

  /**
   * Called on the watching thread: {@code watched}, whose server ({@code long-running} command)
   * still holds the terminal, passed: said above the server's output at once.
   */
  void passedWhileRunning(Step watched) {
    OpenLesson open = lab.lesson();
    LessonSession session = open.session();
    if (watched.manual()) {
      if (session.step() == watched && session.markReached()) {
        open.runner()
            .printAside(
                Wrap.lines(lab.style().ok(reached(session, watched)), lab.screen().width()));
      }
      return;
    }
    session.markDone(watched);
    String title = title(watched.title());
    open.runner()
        .printAside(
            Wrap.lines(
                lab.style()
                    .ok(
                        Messages.get(
                            "lab.step.doneWhileRunning", session.number(), session.size(), title)),
                lab.screen().width()));
  }

  private String workspace() {
    return lab.lesson().workspace().toString();
  }

  /** A title in the learner's language, with the lesson's values. */
  private String title(io.docklab.lesson.Text title) {
    return lab.lesson().variables().text(title.in(locale));
  }
}
