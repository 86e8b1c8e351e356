package io.docklab.lessontest;

import io.docklab.docker.EngineAccess;
import io.docklab.i18n.Messages;
import io.docklab.lesson.Lesson;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs the lessons of a {@code docklab test}: one after the other, or with {@code jobs} above one,
 * side by side where their {@linkplain LessonFootprint footprints} do not collide and one after the
 * other where they do. Side by side, each lesson's progress is printed as one block when it ends,
 * so that the lines of two lessons never interleave; the summary keeps the lessons' order.
 */
public final class LessonRunner {
  /** A lesson to test and where it came from, as reports name it. */
  public record Target(Lesson lesson, String source) {}

  private final EngineAccess engine;
  private final Path dataDirectory;
  private final TestOptions options;
  private final Interruption interruption;
  private final PrintWriter out;

  public LessonRunner(
      EngineAccess engine,
      Path dataDirectory,
      TestOptions options,
      Interruption interruption,
      PrintWriter out) {
    this.engine = engine;
    this.dataDirectory = dataDirectory;
    this.options = options;
    this.interruption = interruption;
    this.out = out;
  }

  public TestRun run(List<Target> targets, int jobs) {
    return jobs <= 1 || targets.size() <= 1 ? serially(targets) : sideBySide(targets, jobs);
  }

  private TestRun serially(List<Target> targets) {
    LessonTester tester =
        new LessonTester(engine, dataDirectory, options, new ConsoleReport(out), interruption);
    List<LessonResult> results = new ArrayList<>();
    for (Target target : targets) {
      if (interruption.requested()) {
        break;
      }
      results.add(tester.test(target.lesson(), target.source()));
      if (tester.engineUnreachable()) {
        break;
      }
    }
    return new TestRun(results, tester.engineUnreachable(), interruption.requested());
  }

  private TestRun sideBySide(List<Target> targets, int jobs) {
    LessonSchedule schedule =
        new LessonSchedule(targets.stream().map(t -> LessonFootprint.of(t.lesson())).toList());
    LessonResult[] results = new LessonResult[targets.size()];
    AtomicBoolean unreachable = new AtomicBoolean();
    out.println(Messages.get("test.jobs", Math.min(jobs, targets.size())));
    out.flush();
    ExecutorService workers =
        Executors.newFixedThreadPool(
            Math.min(jobs, targets.size()),
            work -> {
              Thread thread = new Thread(work, "docklab-test-lesson");
              thread.setDaemon(true);
              return thread;
            });
    List<Future<?>> running = new ArrayList<>();
    for (int i = 0; i < Math.min(jobs, targets.size()); i++) {
      running.add(workers.submit(() -> work(targets, schedule, results, unreachable)));
    }
    workers.shutdown();
    try {
      for (Future<?> each : running) {
        each.get();
      }
    } catch (InterruptedException signal) {
      // Ctrl-C: every lesson stops between steps and cleans up before the JVM ends.
      schedule.close();
      workers.shutdownNow();
      awaitQuietly(workers);
    } catch (java.util.concurrent.ExecutionException fault) {
      schedule.close();
      workers.shutdownNow();
      awaitQuietly(workers);
      throw new IllegalStateException(fault.getCause());
    }
    List<LessonResult> done = Arrays.stream(results).filter(r -> r != null).toList();
    return new TestRun(done, unreachable.get(), interruption.requested());
  }

  private void work(
      List<Target> targets,
      LessonSchedule schedule,
      LessonResult[] results,
      AtomicBoolean unreachable) {
    while (!interruption.requested() && !unreachable.get()) {
      int index;
      try {
        index = schedule.take();
      } catch (InterruptedException stop) {
        return;
      }
      if (index < 0) {
        return;
      }
      Target target = targets.get(index);
      try {
        announce(target, schedule);
        StringWriter block = new StringWriter();
        PrintWriter blockOut = new PrintWriter(block);
        LessonTester tester =
            new LessonTester(
                engine, dataDirectory, options, new ConsoleReport(blockOut), interruption);
        results[index] = tester.test(target.lesson(), target.source());
        blockOut.flush();
        if (tester.engineUnreachable()) {
          unreachable.set(true);
          schedule.close();
        }
        synchronized (out) {
          out.print(block);
          out.flush();
        }
      } finally {
        schedule.done(index);
      }
    }
  }

  private void announce(Target target, LessonSchedule schedule) {
    synchronized (out) {
      out.println(Messages.get("test.jobs.started", target.lesson().id(), schedule.runningCount()));
      out.flush();
    }
  }

  private static void awaitQuietly(ExecutorService workers) {
    boolean interrupted = false;
    long deadline = System.nanoTime() + Interruption.GRACE.toNanos();
    while (!workers.isTerminated() && System.nanoTime() < deadline) {
      try {
        workers.awaitTermination(250, TimeUnit.MILLISECONDS);
      } catch (InterruptedException again) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }
}
