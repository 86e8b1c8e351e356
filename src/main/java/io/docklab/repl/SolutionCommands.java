package io.docklab.repl;

import io.docklab.i18n.Messages;
import io.docklab.lesson.Action;
import io.docklab.lesson.CommandAction;
import io.docklab.lesson.CommandMode;
import io.docklab.lesson.FileAction;
import io.docklab.lesson.Ready;
import io.docklab.lesson.Step;
import io.docklab.repl.render.Style;
import io.docklab.run.ReadyWait;
import io.docklab.session.LessonSession;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jline.terminal.Terminal;

/**
 * {@code :solve} (the step's reference solution, shown, then run without the learner once they say
 * yes) and {@code :run} (the step's own files written and commands run, the learner at the
 * keyboard).
 */
final class SolutionCommands {
  /** The exit status of a command that Ctrl-C stopped (128 + SIGINT). */
  private static final int STOPPED_WITH_CTRL_C = 130;

  private final LabContext lab;
  private final TypedCommands typed;
  private final LabQuestions questions;

  SolutionCommands(LabContext lab, TypedCommands typed, LabQuestions questions) {
    this.lab = lab;
    this.typed = typed;
    this.questions = questions;
  }

  /** {@code :solve}. */
  void solve() throws IOException, InterruptedException {
    OpenLesson open = lab.lesson();
    List<Action> solution = open.session().step().referenceSolution();
    if (solution.isEmpty()) {
      lab.say(Messages.get("lab.solve.nothing"));
      return;
    }
    show(open, solution);
    if (!questions.confirm(Messages.get("lab.solve.confirm"))) {
      lab.say(Messages.get("lab.solve.cancelled"));
      return;
    }
    // Actions run in batches without the learner; a server (long-running) runs at the keyboard.
    List<Action> batch = new ArrayList<>();
    for (Action action : solution) {
      if (action instanceof CommandAction command && command.mode() == CommandMode.LONG_RUNNING) {
        if (!runWithoutLearner(open, batch)) {
          return;
        }
        lab.say(lab.style().code("$ " + open.variables().command(command.run())));
        typed.run(open.variables().command(command.run()), true);
        return;
      }
      batch.add(action);
    }
    if (runWithoutLearner(open, batch)) {
      typed.checkAfterCommand(true);
    }
  }

  private void show(OpenLesson open, List<Action> solution) {
    open.session().solutionShown();
    Style style = lab.style();
    lab.say(Messages.get("lab.solve.show"));
    for (Action action : solution) {
      if (action instanceof FileAction file) {
        lab.say(
            "  " + Messages.get("lab.solve.file", style.code(open.variables().text(file.path()))));
        lab.screen()
            .print(
                lab.screen()
                    .stepView()
                    .block(open.variables().text(file.content().in(Messages.locale()))));
      } else if (action instanceof CommandAction command) {
        lab.say("  " + style.code("$ " + open.variables().commandShown(command.run())));
      }
    }
  }

  /** Runs actions with scripted input; false when one failed (and said so). */
  private boolean runWithoutLearner(OpenLesson open, List<Action> batch)
      throws IOException, InterruptedException {
    if (batch.isEmpty()) {
      return true;
    }
    SolutionRun.Result result =
        new SolutionRun(lab.screen().terminal())
            .run(batch, open.runner().state(), open.variables(), Messages.locale(), open.checks());
    open.lastOutput(result.lastOutput());
    if (!result.outcome().succeeded()) {
      lab.say(lab.style().bad(Messages.get("lab.solve.failed", result.outcome().problem())));
      return false;
    }
    return true;
  }

  /**
   * {@code :run} stops at a command that ended otherwise than the lesson expects. A command whose
   * lesson gives its {@code exitCode} was told so already, after it ended ({@link AfterCommand}).
   */
  private void stopped(OpenLesson open, CommandAction command, int exitCode) {
    if (command.exitCode().isZero()) {
      String shown = open.variables().commandShown(command.run()).strip();
      lab.say(
          lab.style()
              .bad(
                  Messages.get(
                      "lab.run.stopped", Messages.get("run.command.exited", shown, exitCode))));
    }
  }

  /**
   * Waits until what the command's {@code ready} names answers, before :run types the next command;
   * Ctrl-C stops the wait and :run. False when it did not get ready (and said so).
   */
  private boolean awaitReady(OpenLesson open, CommandAction command) throws InterruptedException {
    Ready ready = command.ready();
    String subject =
        ready.url() != null
            ? open.variables().masked().text(ready.url())
            : open.variables().masked().commandShown(ready.run()).strip();
    lab.say(
        lab.style().dim(Messages.get("lab.run.waitingReady", subject, ready.within().toSeconds())));
    AtomicBoolean stop = new AtomicBoolean();
    Terminal terminal = lab.screen().terminal();
    Terminal.SignalHandler before = terminal.handle(Terminal.Signal.INT, signal -> stop.set(true));
    Optional<String> problem;
    try {
      problem = new ReadyWait(open.checks()).await(ready, stop::get);
    } finally {
      terminal.handle(Terminal.Signal.INT, before);
    }
    if (stop.get()) {
      lab.say(Messages.get("lab.run.readyStopped"));
      return false;
    }
    problem.ifPresent(
        sentence -> lab.say(lab.style().bad(Messages.get("lab.run.stopped", sentence))));
    return problem.isEmpty();
  }

  /** {@code :run}: writes the step's files and runs its commands, the learner at the keyboard. */
  void runStep() throws IOException, InterruptedException {
    OpenLesson open = lab.lesson();
    LessonSession session = open.session();
    List<Action> actions = session.step().actions();
    if (actions.isEmpty()) {
      lab.say(Messages.get("lab.solve.nothing"));
      return;
    }
    boolean ranCommand = false;
    List<CommandAction> commands = StepView.commands(actions);
    CommandAction last = commands.isEmpty() ? null : commands.get(commands.size() - 1);
    for (Action action : actions) {
      if (action instanceof FileAction file) {
        open.workspace()
            .writeFile(
                open.variables().text(file.path()),
                open.variables().text(file.content().in(Messages.locale())));
        lab.say(Messages.get("lab.run.file", lab.style().code(open.variables().text(file.path()))));
      } else if (action instanceof CommandAction command) {
        Step before = session.step();
        lab.say(lab.style().code("$ " + open.variables().command(command.run())));
        // What is missing is said after the last command only: the others only lead up to it.
        int exitCode = typed.run(open.variables().command(command.run()), command == last);
        ranCommand = true;
        if (exitCode == STOPPED_WITH_CTRL_C) {
          return; // Ctrl-C stops :run, not only its command.
        }
        if (session.step() != before || session.finished()) {
          return; // The step is done.
        }
        if (!command.exitCode().accepts(exitCode)) {
          stopped(open, command, exitCode);
          return;
        }
        if (command.ready() != null && command != last && !awaitReady(open, command)) {
          return;
        }
      }
    }
    if (!ranCommand) {
      typed.checkAfterCommand(true);
    }
  }
}
