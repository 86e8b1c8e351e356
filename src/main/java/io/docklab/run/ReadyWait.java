package io.docklab.run;

import io.docklab.check.CheckResult;
import io.docklab.check.Checks;
import io.docklab.i18n.Messages;
import io.docklab.lesson.Ready;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * The wait after a reference solution's command until what its {@code ready} names answers: the
 * {@code http} or {@code command} check it stands for, awaited by {@link Checks} (tried again every
 * 250 ms) for at most {@code within}.
 */
public final class ReadyWait {
  private final Checks checks;

  public ReadyWait(Checks checks) {
    this.checks = checks;
  }

  /**
   * Waits until ready, {@code within} passes or {@code stop} says so; empty when ready (or
   * stopped), else the problem in one sentence.
   */
  public Optional<String> await(Ready ready, BooleanSupplier stop) throws InterruptedException {
    CheckResult result = checks.await(List.of(ready.check()), ready.within(), stop).get(0);
    if (result.passed() || stop.getAsBoolean()) {
      return Optional.empty();
    }
    return Optional.of(
        Messages.get(
            "run.ready.timedOut",
            ready.within().toSeconds() > 0
                ? ready.within().toSeconds() + " s"
                : ready.within().toMillis() + " ms",
            result.sentence()));
  }
}
