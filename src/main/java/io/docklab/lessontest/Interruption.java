package io.docklab.lessontest;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Ctrl-C (SIGINT) and SIGTERM during a test run: a shutdown hook interrupts the thread running the
 * lessons and waits for it to stop its background commands and clean up, for up to {@link #GRACE},
 * before the JVM ends. The run checks {@link #requested()} between steps.
 */
public final class Interruption {
  /** How long the hook waits for the cleanup before letting the JVM end anyway. */
  public static final Duration GRACE = Duration.ofSeconds(60);

  private final Thread worker;
  private final CountDownLatch finished = new CountDownLatch(1);
  private final Thread hook;
  private volatile boolean requested;

  private Interruption(Thread worker) {
    this.worker = worker;
    this.hook = new Thread(this::onSignal, "docklab-test-interruption");
  }

  /** Watches for a signal while the current thread runs lessons. */
  public static Interruption watchCurrentThread() {
    Interruption interruption = new Interruption(Thread.currentThread());
    Runtime.getRuntime().addShutdownHook(interruption.hook);
    return interruption;
  }

  public boolean requested() {
    return requested;
  }

  /** The run is over (cleaned up, reported): a signal now has nothing left to wait for. */
  public void finished() {
    finished.countDown();
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException shuttingDown) {
      // The hook is running and sees the latch.
    }
  }

  private void onSignal() {
    if (finished.getCount() == 0) {
      return;
    }
    requested = true;
    worker.interrupt();
    try {
      finished.await(GRACE.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
