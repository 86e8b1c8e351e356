package io.docklab.repl;

import io.docklab.check.CheckResult;
import io.docklab.check.Checks;
import io.docklab.i18n.Messages;
import io.docklab.lesson.Step;
import io.docklab.lesson.check.CheckSpec;
import io.docklab.lesson.check.HttpCheck;
import io.docklab.repl.feedback.LiveLine;
import io.docklab.repl.feedback.StartsContainer;
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

  /** How long a wait goes on before its live line says what it waits for. */
  private static final long SAY_WAIT_AFTER_MILLIS = 400;

  /** How long the prompt waits for a watch to notice it should stop. */
  private static final long STOP_JOIN_MILLIS = 150;

  /** A window no command outlasts: the watch ends when the command does. */
  private static final Duration WATCH_WINDOW = Duration.ofDays(1);

  private final Checks checks;
  private final Style style;
  private final java.util.function.Consumer<String> failed;

  StepChecks(Checks checks, Style style) {
    this(checks, style, line -> {});
  }

  /** Checks whose failures, once shown, are also told to {@code failed} (the first one's line). */
  StepChecks(Checks checks, Style style, java.util.function.Consumer<String> failed) {
    this.checks = checks;
    this.style = style;
    this.failed = failed;
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
   * waits for a server that is starting), said on {@code live} as it goes; otherwise each is looked
   * at once, so that the prompt is back at once.
   */
  Verdict evaluate(Step step, boolean patient) throws InterruptedException {
    return evaluate(step, patient, null);
  }

  /** As {@link #evaluate(Step, boolean)}, a patient wait said on {@code live}. */
  Verdict evaluate(Step step, boolean patient, LiveLine live) throws InterruptedException {
    if (!patient) {
      return new Verdict(checks.await(step.checks(), Duration.ZERO, () -> true));
    }
    if (live == null) {
      return new Verdict(checks.await(step.checks(), Duration.ZERO, () -> false));
    }
    try (live) {
      return new Verdict(checks.await(step.checks(), Duration.ZERO, () -> false, waitingOn(live)));
    }
  }

  /** Says on {@code live} what is awaited, once a wait has gone on for a moment. */
  private Checks.Waiting waitingOn(LiveLine live) {
    long[] shown = {-1};
    return (open, waited) -> {
      long seconds = waited.toSeconds();
      if (waited.toMillis() < SAY_WAIT_AFTER_MILLIS || seconds == shown[0]) {
        return;
      }
      shown[0] = seconds;
      live.show(style.dim(Messages.get("lab.wait.live", subjects(open), seconds)));
    };
  }

  /** What the open checks wait for, in a few words: the URLs of http checks. */
  private String subjects(List<CheckSpec> open) {
    List<String> subjects = new ArrayList<>();
    for (CheckSpec spec : open) {
      String subject =
          spec instanceof HttpCheck http
              ? checks.context().variables().text(http.url())
              : Messages.get("lab.wait.check");
      if (!subjects.contains(subject)) {
        subjects.add(subject);
      }
    }
    return String.join(", ", subjects);
  }

  /**
   * How long checking {@code step} again in the background is worth it after a command that did not
   * pass it: the longest {@code http} window among its failed checks, when the command just started
   * a container ({@code docker run -d}, {@code docker start}) that may still be coming up; else
   * zero.
   */
  static Duration backgroundWindow(Verdict verdict, String line, int exitCode) {
    if (exitCode != 0 || line == null || !StartsContainer.in(line)) {
      return Duration.ZERO;
    }
    Duration window = Duration.ZERO;
    for (CheckResult result : verdict.results()) {
      if (!result.passed() && result.spec() instanceof HttpCheck http) {
        window = http.within().compareTo(window) > 0 ? http.within() : window;
      }
    }
    return window;
  }

  /** The URL of the first failed http check, for the line that says it is still awaited. */
  String awaited(Verdict verdict) {
    for (CheckResult result : verdict.results()) {
      if (!result.passed() && result.spec() instanceof HttpCheck http) {
        return checks.context().variables().text(http.url());
      }
    }
    return "";
  }

  /**
   * Checks {@code step} again and again for {@code window} on a thread of its own, after a command
   * whose work is still coming up; {@code onEnd} is told the verdict when all pass or the window
   * ends, unless the watch was cancelled first (the learner typed something: that is checked
   * instead).
   */
  Background background(Step step, Duration window, Consumer<Verdict> onEnd) {
    Background background = new Background(step, window, onEnd);
    background.thread.start();
    return background;
  }

  /** A watch that goes on after the prompt is back; {@link #cancel} before the next command. */
  final class Background {
    private final Thread thread;
    private boolean cancelled;

    private Background(Step step, Duration window, Consumer<Verdict> onEnd) {
      this.thread =
          new Thread(
              () -> {
                try {
                  Verdict verdict =
                      new Verdict(checks.await(step.checks(), window, this::cancelled));
                  synchronized (this) {
                    if (!cancelled && !verdict.engineUnreachable()) {
                      onEnd.accept(verdict);
                    }
                  }
                } catch (InterruptedException stopped) {
                  Thread.currentThread().interrupt();
                } catch (RuntimeException broken) {
                  // A watch that fails changes nothing: :check still says how the step stands.
                }
              },
              "docklab-background-watch");
      thread.setDaemon(true);
    }

    private synchronized boolean cancelled() {
      return cancelled;
    }

    /**
     * Ends the watch without a word; returns once what it was saying (if anything) is said, so that
     * the caller sees the step as the watch left it.
     */
    void cancel() throws InterruptedException {
      synchronized (this) {
        cancelled = true;
      }
      thread.interrupt();
      thread.join(STOP_JOIN_MILLIS);
    }
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
      thread.join(STOP_JOIN_MILLIS);
      if (thread.isAlive()) {
        thread.interrupt(); // An HTTP request that waits for its answer: the prompt does not.
        thread.join(STOP_JOIN_MILLIS);
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
      verdict.results().stream()
          .filter(result -> !result.passed())
          .findFirst()
          .ifPresent(result -> failed.accept(result.sentence()));
    }
    return lines;
  }
}
