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
 * @param advance whether the lab moves on at once when the checks pass, or when the learner says so
 */
public record Step(
    String id,
    Text title,
    Text text,
    List<Action> actions,
    List<CheckSpec> checks,
    List<Text> hints,
    List<Action> solution,
    List<Action> setup,
    Advance advance) {

  public Step {
    actions = List.copyOf(actions);
    checks = List.copyOf(checks);
    hints = List.copyOf(hints);
    solution = List.copyOf(solution);
    setup = List.copyOf(setup);
    advance = advance == null ? Advance.AUTO : advance;
  }

  /** A step without a setup of its own that moves on as soon as its checks pass. */
  public Step(
      String id,
      Text title,
      Text text,
      List<Action> actions,
      List<CheckSpec> checks,
      List<Text> hints,
      List<Action> solution) {
    this(id, title, text, actions, checks, hints, solution, List.of(), Advance.AUTO);
  }

  /** True when the learner says when to move on ({@code advance: manual}). */
  public boolean manual() {
    return advance == Advance.MANUAL;
  }

  /** The reference solution: the one the author wrote, else the step's own files and commands. */
  public List<Action> referenceSolution() {
    return solution.isEmpty() ? actions : solution;
  }
}
