package io.docklab.check;

import io.docklab.exec.UserShell;
import io.docklab.lesson.check.CheckSpec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * Evaluates a step's checks against the real engine, once or within a time window. The one entry
 * point for the REPL and {@code docklab test}. Nothing is thrown for engine trouble: such a check
 * fails, marked {@link CheckResult#engineUnreachable()}.
 */
public final class Checks implements AutoCloseable {
  private final CheckContext context;
  private final Evaluators evaluators;
  private final GuardedEvaluation evaluation;
  private final EngineEvents events;

  public Checks(CheckContext context) {
    this(context, UserShell.fromEnvironment());
  }

  /** Checks whose {@code command} checks run with {@code shell}. */
  public Checks(CheckContext context, UserShell shell) {
    this.context = context;
    this.evaluators = new Evaluators(shell);
    this.evaluation = new GuardedEvaluation(context, evaluators);
    this.events = new EngineEvents(context.engine());
  }

  public CheckContext context() {
    return context;
  }

  /** Evaluates {@code spec} once (an {@code http} check retries within its own window). */
  public CheckResult evaluate(CheckSpec spec) throws InterruptedException {
    return await(List.of(spec), Duration.ZERO, () -> false).get(0);
  }

  /** Evaluates each of {@code specs} once, in order. */
  public List<CheckResult> evaluateAll(List<CheckSpec> specs) throws InterruptedException {
    List<CheckResult> results = new ArrayList<>();
    for (CheckSpec spec : specs) {
      results.add(evaluate(spec));
    }
    return results;
  }

  /**
   * Evaluates {@code specs} until all pass, {@code window} ends, or {@code stop} says so.
   * Re-evaluation is woken by the engine's container, image, network and volume events and by a
   * short poll, so a change is seen well under a second after it happens. An {@code http} check
   * gets at least its own window. Returns the last result of each check, in order.
   */
  public List<CheckResult> await(List<CheckSpec> specs, Duration window, BooleanSupplier stop)
      throws InterruptedException {
    return new AwaitLoop(specs, window, evaluation, evaluators, events).run(stop);
  }

  /** Told, while checks are awaited, which are still failing within their window. */
  @FunctionalInterface
  public interface Waiting {
    /** Called after each round of evaluations that left {@code open} failing, {@code waited} in. */
    void still(List<CheckSpec> open, Duration waited);
  }

  /** As {@link #await(List, Duration, BooleanSupplier)}, telling {@code waiting} as it goes. */
  public List<CheckResult> await(
      List<CheckSpec> specs, Duration window, BooleanSupplier stop, Waiting waiting)
      throws InterruptedException {
    return new AwaitLoop(specs, window, evaluation, evaluators, events).run(stop, waiting);
  }

  /** Stops listening to engine events, and waits for throwaway containers to be removed. */
  @Override
  public void close() {
    events.close();
    evaluation.close();
    evaluators.close();
  }
}
