package io.docklab.repl;

import io.docklab.exec.Variables;
import io.docklab.lesson.CommandAction;
import io.docklab.repl.feedback.StepProgress;
import java.util.List;

/**
 * Whether a command ended as its step expects it to fail: it is one of the step's commands that
 * says how it ends ({@code exitCode: nonzero} or a number), and it ended so. Such a command failed
 * on purpose (a port taken, to show what a second publisher meets), so no advice to put it right
 * follows it.
 */
final class ExpectedEnd {
  private ExpectedEnd() {}

  /**
   * True when {@code line}, which ended with {@code exitCode}, is one of {@code commands} (as the
   * lesson writes it, or with {@code variables}' values in place) whose expected failure this is.
   */
  static boolean failedAsExpected(
      List<CommandAction> commands, Variables variables, String line, int exitCode) {
    if (line == null) {
      return false;
    }
    String typed = StepProgress.normalised(line);
    for (CommandAction command : commands) {
      if (command.exitCode().isZero() || !command.exitCode().accepts(exitCode)) {
        continue;
      }
      if (StepProgress.normalised(command.run()).equals(typed)
          || StepProgress.normalised(variables.text(command.run())).equals(typed)
          || StepProgress.normalised(variables.commandShown(command.run())).equals(typed)) {
        return true;
      }
    }
    return false;
  }
}
