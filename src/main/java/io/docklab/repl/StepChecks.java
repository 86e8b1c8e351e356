package io.docklab.repl;

import io.docklab.check.CheckResult;
import io.docklab.check.Checks;
import io.docklab.i18n.Messages;
import io.docklab.lesson.Step;
import io.docklab.repl.render.Style;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * A step's checks as the lab runs them: once after a command, and over and over while a command
 * holds the terminal (a server in the foreground), so that the step is done as soon as the page
 * answers. Says what failed in plain words: what was expected, what was found.
 */
final class StepChecks {
  /** How long to wait before watching a command: quick commands are checked when they end. */
  private static final long WATCH_AFTER_MILLIS = 1_000;

  /** A window no command outlasts: the watch ends when the command does. */
  private static final Duration WATCH_WINDOW = Duration.ofDays(1);

  private final Checks checks;
  private final Style style;

  StepChecks(Checks checks, Style style) {
    this.checks = checks;
    this.style = style;
  }

  /** The verdict on all the checks of a step. */
  record Verdict(List<CheckResult> results) {
    boolean passed() {
      return results.stream().allMatch(CheckResult::passed);
    }

    boolean engineUnreachable() {
      return results.stream().anyMatch(CheckResult::engineUnreachable);
    }
  }

  /**
   * Evaluates the step's checks. {@code patient}: each gets its own window (an {@code http} check
   * waits for a server that is starting); otherwise each is looked at once, so that a command that
   * had nothing to do with the step costs no wait.
   */
  Verdict evaluate(Step step, boolean patient) throws InterruptedException {
    if (patient) {
      return new Verdict(checks.evaluateAll(step.checks()));
    }
    return new Verdict(checks.await(step.checks(), Duration.ZERO, () -> true));
  }

  /** The engine address, for the line that says it is not reachable. */
  String engineAddress() {
    return checks.context().engine().address().toString();
  }

  /**
   * Watches {@code step} while a command runs, from a second after it started; calls {@code onPass}
   * on the watching thread the moment all checks pass.
   */
  Watch watch(Step step, Consumer<Verdict> onPass) {
    Watch watch = new Watch(step, onPass);
    watch.thread.start();
    return watch;
  }

  /** A watch on a running command; {@link #stop} when the command ends. */
  final class Watch {
    private final AtomicBoolean ended = new AtomicBoolean();
    private final AtomicBoolean passed = new AtomicBoolean();
    private final Thread thread;

    private Watch(Step step, Consumer<Verdict> onPass) {
      this.thread =
          new Thread(
              () -> {
                try {
                  Thread.sleep(WATCH_AFTER_MILLIS);
                  if (ended.get() || step.checks().isEmpty()) {
                    return;
                  }
                  Verdict verdict =
                      new Verdict(checks.await(step.checks(), WATCH_WINDOW, ended::get));
                  if (!ended.get() && verdict.passed() && !verdict.engineUnreachable()) {
                    passed.set(true);
                    onPass.accept(verdict);
                  }
                } catch (InterruptedException stopped) {
                  Thread.currentThread().interrupt();
                } catch (RuntimeException broken) {
                  // A watch that fails changes nothing: the step is checked when the command ends.
                }
              },
              "docklab-watch");
      thread.setDaemon(true);
    }

    /** Ends the watch; true when the step passed while the command ran. */
    boolean stop() throws InterruptedException {
      ended.set(true);
      thread.join(3_000);
      if (thread.isAlive()) {
        thread.interrupt();
        thread.join(1_000);
      }
      return passed.get();
    }
  }

  /** The lines that say what failed (and, with {@code passes}, what passed). */
  List<String> describe(Verdict verdict, boolean passes) {
    List<String> lines = new ArrayList<>();
    for (CheckResult result : verdict.results()) {
      if (result.passed()) {
        if (passes) {
          lines.add(style.ok("✓") + " " + result.sentence());
        }
        continue;
      }
      if (!result.lessonMessage().isBlank()) {
        lines.add(style.bad("✗") + " " + result.lessonMessage());
        lines.add("  " + style.dim(result.sentence()));
      } else {
        lines.add(style.bad("✗") + " " + result.sentence());
      }
    }
    if (!verdict.passed()) {
      lines.add(style.dim(Messages.get("lab.check.hintNext")));
    }
    return lines;
  }
}
