package io.docklab.check;

import io.docklab.lesson.check.CheckSpec;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * Evaluates a step's checks against the real engine, once or within a time window. The one entry
 * point for the REPL and {@code docklab test}.
 */
public final class Checks implements AutoCloseable {
  private final CheckContext context;

  public Checks(CheckContext context) {
    this.context = context;
  }

  public CheckContext context() {
    return context;
  }

  /** Evaluates {@code spec} once (an {@code http} check retries within its own window). */
  public CheckResult evaluate(CheckSpec spec) throws InterruptedException {
    throw new UnsupportedOperationException("not built yet");
  }

  /** Evaluates each of {@code specs} once, in order. */
  public List<CheckResult> evaluateAll(List<CheckSpec> specs) throws InterruptedException {
    throw new UnsupportedOperationException("not built yet");
  }

  /**
   * Evaluates {@code specs} until all pass, {@code window} ends, or {@code stop} says so.
   * Re-evaluation is woken by the engine's container and image events and by a short poll, so a
   * change is seen well under a second after it happens. An {@code http} check gets at least its
   * own window. Returns the last result of each check, in order.
   */
  public List<CheckResult> await(List<CheckSpec> specs, Duration window, BooleanSupplier stop)
      throws InterruptedException {
    throw new UnsupportedOperationException("not built yet");
  }

  /** Stops listening to engine events. */
  @Override
  public void close() {}
}
