package io.docklab.lesson;

import java.util.List;

/**
 * A command the learner runs.
 *
 * @param input the lines typed into an interactive command during an automated run
 */
public record CommandAction(String run, CommandMode mode, List<String> input) implements Action {
  public CommandAction {
    input = List.copyOf(input);
  }
}
