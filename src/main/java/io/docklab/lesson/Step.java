package io.docklab.lesson;

import io.docklab.lesson.check.CheckSpec;
import java.util.List;

/**
 * One step of a lesson: what the learner reads, what they do (files to write, commands to run), how
 * docklab knows it is done (checks), hints from gentle to explicit, and the reference solution.
 *
 * @param solution what docklab does to solve the step; empty means "the step's own actions"
 * @param setup files and commands that prepare the stage for the step, run quietly when the step
 *     becomes the current one and before its before-work evaluation in {@code docklab test}; never
 *     shown as the learner's work
 */
public record Step(
    String id,
    Text title,
    Text text,
    List<Action> actions,
    List<CheckSpec> checks,
    List<Text> hints,
    List<Action> solution,
    List<Action> setup) {

  public Step {
    actions = List.copyOf(actions);
    checks = List.copyOf(checks);
    hints = List.copyOf(hints);
    solution = List.copyOf(solution);
    setup = List.copyOf(setup);
  }

  /** A step without a setup of its own. */
  public Step(
      String id,
      Text title,
      Text text,
      List<Action> actions,
      List<CheckSpec> checks,
      List<Text> hints,
      List<Action> solution) {
    this(id, title, text, actions, checks, hints, solution, List.of());
  }

  /** The reference solution: the one the author wrote, else the step's own files and commands. */
  public List<Action> referenceSolution() {
    return solution.isEmpty() ? actions : solution;
  }
}
