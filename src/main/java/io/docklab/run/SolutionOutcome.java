package io.docklab.run;

import io.docklab.exec.CommandResult;
import io.docklab.lesson.Action;
import java.util.Optional;

/**
 * How a step's actions went.
 *
 * @param failedAction the action that failed, empty when all went well
 * @param problem what went wrong in one sentence (exit code, timeout, refused path); empty when all
 *     went well
 * @param lastResult the result of the last command run, if any
 */
public record SolutionOutcome(
    Optional<Action> failedAction, String problem, Optional<CommandResult> lastResult) {
  public boolean succeeded() {
    return failedAction.isEmpty();
  }
}
