package io.docklab.lesson;

import java.util.List;

/**
 * A command the learner runs.
 *
 * @param input the lines typed into an interactive command during an automated run
 * @param exitCode the exit status the command is expected to end with
 * @param ready what a reference solution waits for after the command, or null
 */
public record CommandAction(
    String run, CommandMode mode, List<String> input, ExitExpectation exitCode, Ready ready)
    implements Action {
  public CommandAction {
    input = List.copyOf(input);
    exitCode = exitCode == null ? ExitExpectation.ZERO : exitCode;
  }

  /** A command expected to succeed, with nothing to wait for after it. */
  public CommandAction(String run, CommandMode mode, List<String> input) {
    this(run, mode, input, ExitExpectation.ZERO, null);
  }
}
