package io.docklab.lessontest;

import io.docklab.check.CheckResult;
import io.docklab.check.Checks;
import io.docklab.i18n.Messages;
import io.docklab.lesson.Step;
import io.docklab.lesson.check.CheckSpec;
import io.docklab.run.SolutionOutcome;
import io.docklab.run.SolutionRunner;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * Tests one step: its checks must fail before the work, its reference solution must run, and its
 * checks must then pass within their window. Background commands the solution started keep running;
 * the caller stops them.
 */
final class StepTester {
  private final SolutionRunner runner;
  private final Checks checks;
  private final Duration window;
  private final BooleanSupplier stop;
  private final Stage stage;
  private boolean engineUnreachable;

  /** Runs a step's setup (and before the first step, the lesson's): what failed, or empty. */
  @FunctionalInterface
  interface Stage {
    Stage NONE = step -> Optional.empty();

    Optional<String> before(Step step) throws InterruptedException;
  }

  StepTester(SolutionRunner runner, Checks checks, Duration window, BooleanSupplier stop) {
    this(runner, checks, window, stop, Stage.NONE);
  }

  StepTester(
      SolutionRunner runner, Checks checks, Duration window, BooleanSupplier stop, Stage stage) {
    this.runner = runner;
    this.checks = checks;
    this.window = window;
    this.stop = stop;
    this.stage = stage;
  }

  /** True once a check could not look for want of a Docker engine. */
  boolean engineUnreachable() {
    return engineUnreachable;
  }

  /** Setup, checks before, solution, checks after. */
  StepResult check(Step step, long startNanos) throws InterruptedException {
    Optional<String> unstaged = stage.before(step);
    if (unstaged.isPresent()) {
      return StepResult.failed(step.id(), title(step), since(startNanos), unstaged.get(), "");
    }
    List<CheckSpec> specs = step.checks();
    List<CheckResult> before = checks.evaluateAll(specs.stream().map(BeforeWork::once).toList());
    noteEngine(before);
    List<String> early = BeforeWork.unexpectedPasses(specs, before);
    if (!early.isEmpty()) {
      return StepResult.failed(step.id(), title(step), since(startNanos), early.get(0), "");
    }
    String problem = solve(step);
    if (problem != null) {
      return failed(step, startNanos, problem);
    }
    List<CheckResult> after = checks.await(specs, window, stop);
    noteEngine(after);
    for (int i = 0; i < after.size(); i++) {
      CheckResult result = after.get(i);
      if (!result.passed()) {
        String sentence =
            Messages.get(
                "test.checkFailed", i + 1, BeforeWork.kind(specs.get(i)), result.sentence());
        return failed(step, startNanos, sentence);
      }
    }
    return StepResult.passed(step.id(), title(step), since(startNanos));
  }

  /** Only the solution, so that later steps find what they build on. */
  StepResult solveOnly(Step step, long startNanos) throws InterruptedException {
    Optional<String> unstaged = stage.before(step);
    if (unstaged.isPresent()) {
      return StepResult.failed(step.id(), title(step), since(startNanos), unstaged.get(), "");
    }
    String problem = solve(step);
    if (problem != null) {
      return failed(step, startNanos, problem);
    }
    return StepResult.skipped(
        step.id(), title(step), since(startNanos), Messages.get("test.skipped.solvedOnly"));
  }

  /** Runs the reference solution; the problem in one sentence, or null when it went well. */
  private String solve(Step step) throws InterruptedException {
    try {
      SolutionOutcome outcome = runner.run(step.referenceSolution());
      return outcome.succeeded() ? null : Messages.get("test.solutionFailed", outcome.problem());
    } catch (IOException e) {
      return Messages.get("test.solutionFailed", e.getMessage());
    }
  }

  private StepResult failed(Step step, long startNanos, String reason) {
    return StepResult.failed(
        step.id(),
        title(step),
        since(startNanos),
        reason,
        OutputLines.last(runner.lastOutput(), OutputLines.TAIL));
  }

  private void noteEngine(List<CheckResult> results) {
    engineUnreachable |= results.stream().anyMatch(CheckResult::engineUnreachable);
  }

  static String title(Step step) {
    return step.title().in(Messages.locale());
  }

  static Duration since(long startNanos) {
    return Duration.ofNanos(System.nanoTime() - startNanos);
  }
}
