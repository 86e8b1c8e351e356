package io.docklab.repl;

import io.docklab.i18n.Messages;
import io.docklab.lesson.CommandAction;
import io.docklab.lesson.Step;
import io.docklab.session.LessonSession;
import io.docklab.util.AnsiText;
import java.io.IOException;

/**
 * Commands run with the learner at the keyboard (typed at the prompt, or a step's command run by
 * {@code :run} or {@code :solve}), the step watched while they run, and what the lab says once one
 * has ended ({@link #afterCommand}); and {@code :check}.
 */
final class TypedCommands {
  private final LabContext lab;
  private final StepFlow flow;
  private boolean engineDownReported;

  TypedCommands(LabContext lab, StepFlow flow) {
    this.lab = lab;
    this.flow = flow;
  }

  /** A line the learner typed for their shell. */
  void runTyped(String line) throws IOException, InterruptedException {
    run(line, isStepCommand(line));
    if (line.strip().equals("exit")) {
      lab.say(lab.style().dim(Messages.get("lab.exitHint")));
    }
  }

  /**
   * Runs {@code line} with the learner at the keyboard, watching the step while it runs, then
   * {@link #afterCommand}. {@code meant}: the command was to complete the step, so what is still
   * missing is said.
   */
  void run(String line, boolean meant) throws IOException, InterruptedException {
    OpenLesson open = lab.lesson();
    Step watched = open.session().step();
    boolean stepOpen = open.session().open();
    StepChecks.Watch watch =
        stepOpen
            ? open.stepChecks().watch(watched, verdict -> flow.passedWhileRunning(watched))
            : null;
    TerminalCommandRunner.Outcome outcome;
    try {
      outcome = open.runner().run(line);
    } finally {
      if (watch != null) {
        watch.stop();
      }
    }
    afterCommand(new Ran(watched, stepOpen, meant, outcome));
  }

  /**
   * A command that ran with the learner at the keyboard.
   *
   * @param watched the step that was current when it started
   * @param stepOpen whether that step could still be completed then
   * @param meant whether the command was to complete the step
   */
  record Ran(
      Step watched, boolean stepOpen, boolean meant, TerminalCommandRunner.Outcome outcome) {}

  /**
   * What happens after a command the learner typed (or {@code :run} ran for them) has ended: its
   * output becomes the one {@code output} checks read, a port taken is said, and the step is
   * checked: done (on to the next), or, when the command was meant to complete it, what is missing.
   */
  void afterCommand(Ran ran) throws InterruptedException {
    OpenLesson open = lab.lesson();
    LessonSession session = open.session();
    open.outputOfLastCommand();
    reportPortTaken(ran.outcome().output());
    if (!ran.stepOpen()) {
      return;
    }
    if (session.isDone(ran.watched()) && session.step() == ran.watched()) {
      flow.advance(); // It passed while the command ran.
      return;
    }
    checkAfterCommand(ran.meant());
  }

  /** Checks the step after work done for it; says what is missing when it was {@code meant}. */
  void checkAfterCommand(boolean meant) throws InterruptedException {
    OpenLesson open = lab.lesson();
    StepChecks.Verdict verdict = open.stepChecks().evaluate(open.session().step(), meant);
    if (verdict.engineUnreachable()) {
      reportEngineDown();
      return;
    }
    engineDownReported = false;
    if (verdict.passed()) {
      flow.completeStep();
    } else if (meant) {
      open.stepChecks().describe(verdict, false).forEach(lab::say);
    }
  }

  /** {@code :check}: the step checked now, each check said passed or failed. */
  void check() throws InterruptedException {
    OpenLesson open = lab.lesson();
    LessonSession session = open.session();
    if (session.step().checks().isEmpty()) {
      lab.say(Messages.get("lab.check.none"));
      return;
    }
    StepChecks.Verdict verdict = open.stepChecks().evaluate(session.step(), true);
    if (verdict.engineUnreachable()) {
      engineDownReported = false;
      reportEngineDown();
      return;
    }
    open.stepChecks().describe(verdict, true).forEach(lab::say);
    if (verdict.passed() && !session.isDone(session.step())) {
      flow.completeStep();
    }
  }

  private void reportEngineDown() {
    if (!engineDownReported) {
      String address = lab.lesson().stepChecks().engineAddress();
      lab.say(lab.style().warn(Messages.get("lab.engineDown", address)));
      engineDownReported = true;
    }
  }

  private void reportPortTaken(String output) {
    PortTaken.in(AnsiText.strip(output))
        .ifPresent(port -> lab.say(lab.style().warn(Messages.get("lab.portTaken", port))));
  }

  /**
   * True when {@code line} is one of the step's own commands (spacing and continued lines aside).
   */
  private boolean isStepCommand(String line) {
    OpenLesson open = lab.lesson();
    String typed = normalised(line);
    for (CommandAction command : StepView.commands(open.session().step().actions())) {
      if (normalised(open.variables().text(command.run())).equals(typed)
          || normalised(open.variables().commandShown(command.run())).equals(typed)
          || normalised(command.run()).equals(typed)) {
        return true;
      }
    }
    return false;
  }

  private static String normalised(String command) {
    return command.replace("\\\n", " ").strip().replaceAll("\\s+", " ");
  }
}
