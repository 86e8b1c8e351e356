package io.docklab.repl;

import io.docklab.i18n.Messages;
import io.docklab.lesson.CommandAction;
import io.docklab.lesson.CommandMode;
import io.docklab.lesson.Step;
import io.docklab.repl.feedback.CommandTypo;
import io.docklab.repl.feedback.FreshLine;
import io.docklab.repl.feedback.LiveLine;
import io.docklab.repl.feedback.StepProgress;
import io.docklab.session.LessonSession;
import io.docklab.util.AnsiText;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Commands run with the learner at the keyboard (typed at the prompt, or a step's command run by
 * {@code :run} or {@code :solve}), the step watched while they run, and what the lab says once one
 * has ended ({@link #afterCommand}); and {@code :check}.
 */
final class TypedCommands {
  private final LabContext lab;
  private final StepFlow flow;
  private final Supplier<String> prompt;
  private final CommandTypo typos = CommandTypo.onThisPath();
  private boolean engineDownReported;
  private StepChecks.Background background;
  private final QuickLook<AfterCommand.Answer> looks = new QuickLook<>(QuickLook.PROMPT_WAITS);

  /**
   * @param prompt the lab's prompt as it is now, redrawn when a step is done in the background
   */
  TypedCommands(LabContext lab, StepFlow flow, Supplier<String> prompt) {
    this.lab = lab;
    this.flow = flow;
    this.prompt = prompt;
  }

  /** A line the learner typed for their shell; a mistyped {@code docker} is said, not run. */
  void runTyped(String line) throws IOException, InterruptedException {
    Optional<String> meant = typos.corrected(line);
    if (meant.isPresent()) {
      String word = line.strip().split("\\s+")[0];
      lab.say(lab.style().warn(Messages.get("lab.feedback.typo", word, meant.get())));
      return;
    }
    run(line, isStepCommand(line));
    if (line.strip().equals("exit")) {
      lab.say(lab.style().dim(Messages.get("lab.exitHint")));
    }
  }

  /**
   * Runs {@code line} with the learner at the keyboard, watching the step while it runs, then
   * {@link #afterCommand}. {@code meant}: the command was to complete the step, so what is still
   * missing is said. Returns the command's exit status.
   */
  int run(String line, boolean meant) throws IOException, InterruptedException {
    OpenLesson open = lab.lesson();
    Step watched = open.session().step();
    boolean stepOpen = open.session().open();
    boolean server = holdsTerminal(watched);
    StepChecks.Watch watch =
        stepOpen
            ? open.stepChecks().watch(watched, verdict -> passedMeanwhile(watched, server))
            : null;
    TerminalCommandRunner.Outcome outcome;
    boolean passedMeanwhile = false;
    try {
      outcome = open.runner().run(line);
    } finally {
      if (watch != null) {
        passedMeanwhile = watch.stop();
      }
    }
    afterCommand(new Ran(line, watched, stepOpen, meant, outcome, passedMeanwhile && !server));
    return outcome.exitCode();
  }

  /**
   * The step passed while its command still held the terminal. A server's step ({@code
   * long-running}) is said done at once, above the server's output, which goes on until Ctrl-C; any
   * other command is let finish: what it passed is said once it has ended and the prompt is back
   * ({@link #afterCommand}), never inside its output.
   */
  private void passedMeanwhile(Step watched, boolean server) {
    if (server) {
      flow.passedWhileRunning(watched);
    }
  }

  /** True when {@code step} runs a server in the foreground: a {@code long-running} command. */
  private static boolean holdsTerminal(Step step) {
    return StepView.commands(step.actions()).stream()
        .anyMatch(command -> command.mode() == CommandMode.LONG_RUNNING);
  }

  /**
   * A command that ran with the learner at the keyboard.
   *
   * @param line the command as it ran
   * @param watched the step that was current when it started
   * @param stepOpen whether that step could still be completed then
   * @param meant whether the command was to complete the step
   * @param passedUnsaid whether the step's checks all passed while the command ran, not said yet
   */
  record Ran(
      String line,
      Step watched,
      boolean stepOpen,
      boolean meant,
      TerminalCommandRunner.Outcome outcome,
      boolean passedUnsaid) {}

  /**
   * What happens after a command the learner typed (or {@code :run} ran for them) has ended: its
   * output becomes the one {@code output} checks read, a port taken is said, and the step is
   * checked once, so that the prompt is back at once, and what fits is said ({@link AfterCommand}).
   * docklab's lines start on a line of their own, whatever the command's output ended with.
   */
  void afterCommand(Ran ran) throws InterruptedException {
    OpenLesson open = lab.lesson();
    LessonSession session = open.session();
    open.outputOfLastCommand();
    if (!FreshLine.after(ran.outcome().output())) {
      lab.say("");
    }
    reportPortTaken(ran);
    if (!ran.stepOpen()) {
      return;
    }
    if (session.isDone(ran.watched()) && session.step() == ran.watched()) {
      flow.advance(); // It passed while the command (a server) ran, and was said done then.
      return;
    }
    if (ran.passedUnsaid() && session.step() == ran.watched()) {
      flow.passed(); // It passed while the command ran: said now that the prompt is back.
      return;
    }
    checkAfterCommand(ran.line(), ran.outcome().exitCode(), ran.meant());
  }

  /** Checks the step after work done for it; says what is missing when it was {@code meant}. */
  void checkAfterCommand(boolean meant) throws InterruptedException {
    checkAfterCommand(null, 0, meant);
  }

  /**
   * Checks the step once after {@code line} (null: a solution run as a whole) ended with {@code
   * exitCode}, and says what fits; a server just started is watched further in the background.
   */
  private void checkAfterCommand(String line, int exitCode, boolean meant)
      throws InterruptedException {
    OpenLesson open = lab.lesson();
    Step watched = open.session().step();
    Optional<AfterCommand.Answer> quick =
        looks.look(
            () -> open.afterCommand().judge(watched, open.variables(), line, exitCode, meant),
            late -> answerLate(open, watched, late));
    if (quick.isEmpty()) {
      lab.say(lab.style().dim(Messages.get("lab.feedback.slowLook")));
      return;
    }
    answer(open, watched, quick.get());
  }

  /** A look that took longer than the prompt waits: said above the prompt, if still in point. */
  private void answerLate(OpenLesson open, Step watched, AfterCommand.Answer answer) {
    if (lab.lesson() != open || open.session().step() != watched) {
      return;
    }
    try {
      answer(open, watched, answer);
    } catch (InterruptedException stopped) {
      Thread.currentThread().interrupt();
      return;
    }
    lab.screen().promptChanged(prompt.get());
  }

  private void answer(OpenLesson open, Step watched, AfterCommand.Answer answer)
      throws InterruptedException {
    if (answer.kind() == AfterCommand.Kind.ENGINE_DOWN) {
      reportEngineDown();
      return;
    }
    engineDownReported = false;
    answer.lines().forEach(lab::say);
    if (answer.kind() == AfterCommand.Kind.PASSED) {
      flow.passed();
    } else if (answer.kind() == AfterCommand.Kind.WATCH) {
      background =
          open.stepChecks()
              .background(watched, answer.window(), verdict -> endOfWatch(watched, verdict));
    }
  }

  /** Called on the background watch's thread, the learner at the prompt. */
  private void endOfWatch(Step watched, StepChecks.Verdict verdict) {
    OpenLesson open = lab.lesson();
    if (open.session().step() != watched) {
      return;
    }
    if (verdict.passed()) {
      flow.passed();
    } else {
      open.stepChecks().describe(verdict, false).forEach(lab::say);
    }
    lab.screen().promptChanged(prompt.get());
  }

  /** Stops watching a step in the background: the learner has moved on. */
  void stopBackground() throws InterruptedException {
    looks.cancel();
    if (background != null) {
      background.cancel();
      background = null;
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
    Screen screen = lab.screen();
    StepChecks.Verdict verdict =
        open.stepChecks()
            .evaluate(
                session.step(),
                true,
                new LiveLine(screen.terminal().writer(), screen, screen::width));
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

  /** Says a port is taken, unless the step's command failed so on purpose ({@link ExpectedEnd}). */
  private void reportPortTaken(Ran ran) {
    List<CommandAction> commands = StepView.commands(ran.watched().actions());
    if (ExpectedEnd.failedAsExpected(
        commands, lab.lesson().variables(), ran.line(), ran.outcome().exitCode())) {
      return;
    }
    PortTaken.in(AnsiText.strip(ran.outcome().output()))
        .ifPresent(port -> lab.say(lab.style().warn(Messages.get("lab.portTaken", port))));
  }

  /**
   * True when {@code line} is one of the step's own commands (spacing and continued lines aside).
   */
  private boolean isStepCommand(String line) {
    OpenLesson open = lab.lesson();
    String typed = StepProgress.normalised(line);
    for (CommandAction command : StepView.commands(open.session().step().actions())) {
      if (StepProgress.normalised(open.variables().text(command.run())).equals(typed)
          || StepProgress.normalised(open.variables().commandShown(command.run())).equals(typed)
          || StepProgress.normalised(command.run()).equals(typed)) {
        return true;
      }
    }
    return false;
  }
}
