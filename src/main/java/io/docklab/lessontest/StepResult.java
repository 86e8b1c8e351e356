package io.docklab.lessontest;

import java.time.Duration;

/**
 * How one step went.
 *
 * @param reason for a failure, what was expected and what was found, in one sentence; for a skipped
 *     step, why it was skipped; empty for a pass
 * @param outputTail the last lines the step's commands printed, for a failure; else empty
 */
public record StepResult(
    String stepId,
    String title,
    StepStatus status,
    Duration took,
    String reason,
    String outputTail) {

  public static StepResult passed(String stepId, String title, Duration took) {
    return new StepResult(stepId, title, StepStatus.PASSED, took, "", "");
  }

  public static StepResult failed(
      String stepId, String title, Duration took, String reason, String outputTail) {
    return new StepResult(stepId, title, StepStatus.FAILED, took, reason, outputTail);
  }

  public static StepResult skipped(String stepId, String title, Duration took, String reason) {
    return new StepResult(stepId, title, StepStatus.SKIPPED, took, reason, "");
  }
}
