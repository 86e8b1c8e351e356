package io.docklab.repl;

import io.docklab.check.Checks;
import io.docklab.exec.ShellState;
import io.docklab.exec.Variables;
import io.docklab.lesson.Action;
import io.docklab.run.SolutionOutcome;
import io.docklab.run.SolutionRunner;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.jline.terminal.Terminal;

/**
 * Runs part of a step's reference solution for {@code :solve} without the learner (interactive
 * commands get their scripted input, a command's {@code ready} is awaited), its output live on the
 * terminal. Ctrl-C stops the command that runs, as in a shell: docklab ignores SIGINT otherwise, so
 * a handler is set on the terminal while the solution runs and the previous one put back after.
 */
final class SolutionRun {
  private static final Duration INTERACTIVE_TIMEOUT = Duration.ofSeconds(60);

  /** How the solution ended, and what its last command printed. */
  record Result(SolutionOutcome outcome, String lastOutput) {}

  private final Terminal terminal;

  SolutionRun(Terminal terminal) {
    this.terminal = terminal;
  }

  /**
   * Runs {@code actions} in the learner's shell {@code state}: from the directory the learner is
   * in, with what they exported; a {@code cd} or an {@code export} of the solution holds at the
   * prompt after it.
   */
  Result run(
      List<Action> actions, ShellState state, Variables variables, Locale language, Checks checks)
      throws IOException, InterruptedException {
    terminal.writer().flush();
    try (SolutionRunner solution =
        new SolutionRunner(
            state.workspace(),
            variables,
            language,
            terminal.output(),
            INTERACTIVE_TIMEOUT,
            state)) {
      solution.waitingWith(checks);
      Terminal.SignalHandler before =
          terminal.handle(Terminal.Signal.INT, signal -> interrupt(solution));
      try {
        SolutionOutcome outcome = solution.run(actions);
        return new Result(outcome, solution.lastOutput());
      } finally {
        terminal.handle(Terminal.Signal.INT, before);
      }
    }
  }

  private static void interrupt(SolutionRunner solution) {
    try {
      solution.interrupt();
    } catch (InterruptedException leaving) {
      Thread.currentThread().interrupt();
    }
  }
}
