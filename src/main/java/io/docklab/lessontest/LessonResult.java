package io.docklab.lessontest;

import java.time.Duration;
import java.util.List;

/**
 * How one lesson went.
 *
 * @param source the file the lesson came from
 * @param problem what kept the lesson from running its steps (its images could not be made, what it
 *     creates could not be removed first, the run was interrupted); empty when none
 * @param cleanupProblems what the cleanup after the lesson could not remove, one sentence each
 */
public record LessonResult(
    String lessonId,
    String title,
    String source,
    List<StepResult> steps,
    Duration took,
    String problem,
    List<String> cleanupProblems) {

  public LessonResult {
    steps = List.copyOf(steps);
    cleanupProblems = List.copyOf(cleanupProblems);
  }

  /** True when there was no problem and no step failed. */
  public boolean passed() {
    return problem.isEmpty() && count(StepStatus.FAILED) == 0;
  }

  public long count(StepStatus status) {
    return steps.stream().filter(step -> step.status() == status).count();
  }
}
