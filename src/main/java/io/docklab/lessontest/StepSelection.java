package io.docklab.lessontest;

import io.docklab.lesson.Lesson;
import io.docklab.lesson.Step;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Which steps of a lesson a test run checks. Steps build on each other, so the steps before the
 * first checked one still run their reference solutions, unchecked ({@code --step} and {@code
 * --from}); steps after {@code --step} do not run at all.
 */
public record StepSelection(Mode mode, String stepId) {
  /** Every step, {@code --step ID} or {@code --from ID}. */
  public enum Mode {
    ALL,
    ONLY,
    FROM
  }

  /** What a test run does with one step. */
  public enum Treatment {
    /** Checks before the work, the solution, checks after it. */
    CHECK,
    /** Only the solution, so that the checked steps find what they build on. */
    SOLVE_ONLY,
    /** Nothing. */
    SKIP
  }

  public static final StepSelection ALL = new StepSelection(Mode.ALL, null);

  public static StepSelection only(String stepId) {
    return new StepSelection(Mode.ONLY, stepId);
  }

  public static StepSelection from(String stepId) {
    return new StepSelection(Mode.FROM, stepId);
  }

  /** True when {@code lesson} has the step this selection names (or it names none). */
  public boolean appliesTo(Lesson lesson) {
    return mode == Mode.ALL || lesson.step(stepId).isPresent();
  }

  /** The treatment of each step of {@code steps}, in order. */
  public List<Treatment> treatments(List<Step> steps) {
    int chosen = mode == Mode.ALL ? 0 : indexOf(steps);
    return IntStream.range(0, steps.size())
        .mapToObj(
            i -> {
              if (i < chosen) {
                return Treatment.SOLVE_ONLY;
              }
              if (mode == Mode.ONLY && i > chosen) {
                return Treatment.SKIP;
              }
              return Treatment.CHECK;
            })
        .toList();
  }

  private int indexOf(List<Step> steps) {
    for (int i = 0; i < steps.size(); i++) {
      if (steps.get(i).id().equals(stepId)) {
        return i;
      }
    }
    throw new IllegalArgumentException("no step " + stepId);
  }
}
