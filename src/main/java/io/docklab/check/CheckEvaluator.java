package io.docklab.check;

import io.docklab.lesson.check.CheckSpec;
import java.time.Duration;

/**
 * Looks once at what one kind of check asks about and says whether it holds. Timing (windows,
 * retries, waking on engine events) is the job of {@link Checks}, not of an evaluator.
 *
 * @param <S> the kind of check
 */
public interface CheckEvaluator<S extends CheckSpec> {

  /**
   * Evaluates {@code spec} once.
   *
   * @param waited how long this check has been tried so far (zero on the first try); checks that
   *     retry, such as {@code http}, say it in their failure sentence
   */
  CheckResult evaluate(S spec, CheckContext context, Duration waited) throws InterruptedException;

  /** The least time this check is retried for, whatever window it is awaited in. */
  default Duration ownWindow(S spec) {
    return Duration.ZERO;
  }

  /**
   * True when what this check looks at changes with the engine's container, image, network or
   * volume events.
   */
  default boolean followsEngineEvents() {
    return false;
  }
}
