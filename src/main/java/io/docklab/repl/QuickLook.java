package io.docklab.repl;

import io.docklab.util.TaskFailure;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * A look at the step after a command, which the prompt waits for only so long: a check that hangs
 * (a server that accepts and never answers, a slow {@code command} check) goes on in the
 * background, and its answer is handed over when it comes. At most one look runs at a time; a new
 * one, or {@link #cancel}, stops the one before.
 */
final class QuickLook<T> {
  /** How long the prompt waits for the look after a command. */
  static final Duration PROMPT_WAITS = Duration.ofMillis(800);

  /** A look that may be interrupted. */
  @FunctionalInterface
  interface Work<T> {
    T run() throws InterruptedException;
  }

  private final Duration wait;
  private final ExecutorService thread =
      Executors.newSingleThreadExecutor(
          work -> {
            Thread looking = new Thread(work, "docklab-look");
            looking.setDaemon(true);
            return looking;
          });
  private Future<?> running;

  QuickLook(Duration wait) {
    this.wait = wait;
  }

  /**
   * Runs {@code work}: its answer when it comes within the wait, else empty, and the answer goes to
   * {@code late} on the looking thread when it comes. Interrupting the caller stops the look.
   */
  Optional<T> look(Work<T> work, Consumer<T> late) throws InterruptedException {
    cancel();
    CompletableFuture<T> answer = new CompletableFuture<>();
    Object handOver = new Object();
    boolean[] gaveUp = {false};
    Future<?> task =
        thread.submit(
            () -> {
              try {
                T found = work.run();
                synchronized (handOver) {
                  if (!gaveUp[0]) {
                    answer.complete(found);
                    return;
                  }
                }
                late.accept(found);
              } catch (InterruptedException | RuntimeException failed) {
                answer.completeExceptionally(failed);
              }
            });
    running = task;
    try {
      return Optional.of(answer.get(wait.toMillis(), TimeUnit.MILLISECONDS));
    } catch (TimeoutException slow) {
      synchronized (handOver) {
        if (answer.isDone()) {
          return Optional.of(answer.join());
        }
        gaveUp[0] = true;
        return Optional.empty();
      }
    } catch (InterruptedException stopped) {
      task.cancel(true);
      throw stopped;
    } catch (ExecutionException failed) {
      if (TaskFailure.rethrowUnchecked(failed) instanceof InterruptedException interrupted) {
        throw interrupted;
      }
      throw new IllegalStateException(failed.getCause());
    }
  }

  /** Stops a look still going on in the background. */
  void cancel() {
    Future<?> before = running;
    if (before != null && !before.isDone()) {
      before.cancel(true);
    }
    running = null;
  }
}
