package io.docklab.check;

import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.model.Event;
import com.github.dockerjava.api.model.EventType;
import io.docklab.docker.DockerEngine;
import io.docklab.docker.EngineAccess;
import java.io.IOException;
import java.util.Map;
import java.util.Set;

/**
 * One subscription to the engine's container, image, network and volume events, shared by every
 * wait: each event that can change what a check sees counts up a generation and wakes the waiters.
 * A subscription that breaks (the engine went away) is started again on the next wait, at most once
 * a second.
 */
final class EngineEvents implements AutoCloseable {
  /** Events that docklab's own looking causes and that change nothing a check asks about. */
  private static final Set<String> IGNORED_ACTIONS =
      Set.of(
          "archive-path",
          "exec_create",
          "exec_start",
          "exec_die",
          "top",
          "resize",
          "attach",
          "mount", // a volume mounted for a container that starts, or for a probe's look
          "unmount");

  private static final long RESTART_PAUSE_NANOS = 1_000_000_000L;

  private final EngineAccess access;
  private long generation;
  private Subscription subscription;
  private long lastAttempt = Long.MIN_VALUE / 2;

  EngineEvents(EngineAccess access) {
    this.access = access;
  }

  /** True while a subscription delivers events. */
  synchronized boolean live() {
    return subscription != null && subscription.live;
  }

  synchronized long generation() {
    return generation;
  }

  /**
   * Subscribes if no subscription is live (or the engine connection changed), unless the last try
   * was less than a second ago. An engine that does not answer leaves it unsubscribed.
   */
  void ensureSubscribed() {
    DockerEngine engine;
    synchronized (this) {
      long now = System.nanoTime();
      if (live()) { // A fault closes the engine's connection, and with it this stream.
        return;
      }
      if (now - lastAttempt < RESTART_PAUSE_NANOS) {
        return;
      }
      lastAttempt = now;
      stopSubscription();
    }
    try {
      engine = access.engine();
    } catch (RuntimeException unreachable) {
      return; // The checks themselves report it; the next wait tries again.
    }
    Subscription started = new Subscription();
    try {
      engine
          .client()
          .eventsCmd()
          .withEventTypeFilter(
              EventType.CONTAINER, EventType.IMAGE, EventType.NETWORK, EventType.VOLUME)
          .exec(started);
    } catch (RuntimeException failed) {
      return;
    }
    synchronized (this) {
      subscription = started;
    }
  }

  /**
   * Waits until the generation differs from {@code seen} or {@code millis} pass.
   *
   * @return the generation now
   */
  synchronized long awaitChange(long seen, long millis) throws InterruptedException {
    long deadline = System.nanoTime() + millis * 1_000_000L;
    while (generation == seen) {
      long left = (deadline - System.nanoTime()) / 1_000_000L;
      if (left <= 0) {
        break;
      }
      wait(left);
    }
    return generation;
  }

  private synchronized void changed() {
    generation++;
    notifyAll();
  }

  private synchronized void ended(Subscription ended) {
    ended.live = false;
    notifyAll();
  }

  private void stopSubscription() {
    if (subscription != null) {
      subscription.live = false;
      subscription.closeQuietly();
      subscription = null;
    }
  }

  @Override
  public synchronized void close() {
    stopSubscription();
  }

  /** One stream of events from one engine connection. */
  private final class Subscription extends ResultCallback.Adapter<Event> {
    private volatile boolean live = true;

    @Override
    public void onNext(Event event) {
      if (event == null || IGNORED_ACTIONS.contains(baseAction(event.getAction()))) {
        return;
      }
      Map<String, String> attributes =
          event.getActor() == null ? null : event.getActor().getAttributes();
      String name = attributes == null ? null : attributes.get("name");
      if (name != null && name.startsWith(Probes.PREFIX)) {
        return; // docklab's own throwaway container looking into an image.
      }
      changed();
    }

    @Override
    public void onError(Throwable failure) {
      ended(this);
    }

    @Override
    public void onComplete() {
      ended(this);
    }

    void closeQuietly() {
      try {
        close();
      } catch (IOException | RuntimeException ignored) {
        // The stream is being dropped anyway.
      }
    }
  }

  /** {@code exec_start: bash} → {@code exec_start}. */
  private static String baseAction(String action) {
    if (action == null) {
      return "";
    }
    int colon = action.indexOf(':');
    return colon < 0 ? action : action.substring(0, colon);
  }
}
