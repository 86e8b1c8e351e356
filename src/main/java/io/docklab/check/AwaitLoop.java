package io.docklab.check;

import io.docklab.lesson.check.CheckSpec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * One wait for a list of checks: each is evaluated, and those that fail are evaluated again when
 * the engine reports a container or image event (for checks that look at the engine) or when their
 * poll interval has passed, until all pass, each one's window ends, or the caller says stop.
 */
final class AwaitLoop {
  /** How often checks that no engine event announces (http, files, commands) are tried again. */
  static final long POLL_NANOS = 250_000_000L;

  /** How often engine checks are tried again while events arrive, in case one was missed. */
  static final long SAFETY_POLL_NANOS = 2_000_000_000L;

  /** The least time between two evaluations of a check woken by events, against event storms. */
  static final long EVENT_GAP_NANOS = 20_000_000L;

  /** How often {@code stop} is asked. */
  static final long STOP_POLL_MILLIS = 50;

  private final List<CheckSpec> specs;
  private final GuardedEvaluation evaluation;
  private final Evaluators evaluators;
  private final EngineEvents events;
  private final long start = System.nanoTime();
  private final CheckResult[] results;
  private final long[] deadline;
  private final long[] lastEnd;
  private final boolean[] followsEvents;
  private final boolean[] dirty;

  AwaitLoop(
      List<CheckSpec> specs,
      Duration window,
      GuardedEvaluation evaluation,
      Evaluators evaluators,
      EngineEvents events) {
    this.specs = List.copyOf(specs);
    this.evaluation = evaluation;
    this.evaluators = evaluators;
    this.events = events;
    int count = specs.size();
    results = new CheckResult[count];
    deadline = new long[count];
    lastEnd = new long[count];
    followsEvents = new boolean[count];
    dirty = new boolean[count];
    for (int i = 0; i < count; i++) {
      CheckEvaluator<CheckSpec> evaluator = evaluators.of(specs.get(i));
      Duration own = evaluator.ownWindow(specs.get(i));
      deadline[i] = start + (own.compareTo(window) > 0 ? own : window).toNanos();
      followsEvents[i] = evaluator.followsEngineEvents();
    }
  }

  List<CheckResult> run(BooleanSupplier stop) throws InterruptedException {
    return run(stop, (open, waited) -> {});
  }

  /**
   * As {@link #run(BooleanSupplier)}, telling {@code waiting} what is still awaited, and how long.
   */
  List<CheckResult> run(BooleanSupplier stop, Checks.Waiting waiting) throws InterruptedException {
    boolean watchEngine = false;
    for (int i = 0; i < specs.size(); i++) {
      watchEngine |= followsEvents[i] && deadline[i] > start;
    }
    if (watchEngine) {
      events.ensureSubscribed(); // Before the first look, so that no change falls in between.
    }
    long seen = events.generation();
    for (int i = 0; i < specs.size(); i++) {
      evaluate(i);
    }
    while (true) {
      List<Integer> open = open();
      if (open.isEmpty() || stop.getAsBoolean()) {
        break;
      }
      waiting.still(
          open.stream().map(specs::get).toList(), Duration.ofNanos(System.nanoTime() - start));
      long generation = events.awaitChange(seen, waitMillis(open));
      if (generation != seen) {
        seen = generation;
        for (int i : open) {
          dirty[i] |= followsEvents[i];
        }
      }
      if (watchEngine && !events.live()) {
        events.ensureSubscribed();
      }
      for (int i : open) {
        if (due(i, System.nanoTime()) && !stop.getAsBoolean()) {
          evaluate(i);
        }
      }
    }
    return Arrays.asList(results.clone());
  }

  private void evaluate(int i) throws InterruptedException {
    dirty[i] = false;
    long began = System.nanoTime();
    CheckResult result = evaluation.evaluate(specs.get(i), Duration.ofNanos(began - start));
    lastEnd[i] = System.nanoTime();
    results[i] = result.withTook(Duration.ofNanos(lastEnd[i] - start));
  }

  /** The failing checks whose window is still open. */
  private List<Integer> open() {
    long now = System.nanoTime();
    List<Integer> open = new ArrayList<>();
    for (int i = 0; i < specs.size(); i++) {
      if (!results[i].passed() && deadline[i] - now > 0) {
        open.add(i);
      }
    }
    return open;
  }

  private boolean due(int i, long now) {
    return now - nextTry(i) >= 0;
  }

  private long nextTry(int i) {
    if (dirty[i]) {
      return lastEnd[i] + EVENT_GAP_NANOS;
    }
    boolean eventsCover = followsEvents[i] && events.live();
    return lastEnd[i] + (eventsCover ? SAFETY_POLL_NANOS : POLL_NANOS);
  }

  private long waitMillis(List<Integer> open) {
    long now = System.nanoTime();
    long soonest = Long.MAX_VALUE;
    for (int i : open) {
      soonest = Math.min(soonest, Math.min(nextTry(i), deadline[i]) - now);
    }
    return Math.max(0, Math.min(STOP_POLL_MILLIS, soonest / 1_000_000L));
  }
}
