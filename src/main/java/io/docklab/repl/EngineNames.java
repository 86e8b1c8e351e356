package io.docklab.repl;

import com.github.dockerjava.api.DockerClient;
import io.docklab.docker.EngineAccess;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Container and image names from the engine, for Tab completion: fetched on a thread of their own,
 * kept for a moment, and never waited for longer than the prompt can bear. When the engine is not
 * reachable, there are none.
 */
final class EngineNames implements AutoCloseable {
  private static final long FRESH_NANOS = TimeUnit.SECONDS.toNanos(2);
  private static final long WAIT_MILLIS = 200;

  /** The engine's states of a container whose processes are there ({@code docker stop} takes). */
  private static final java.util.Set<String> RUNNING =
      java.util.Set.of("running", "paused", "restarting");

  /** The names known at one moment: containers running (or paused) and not, and images. */
  record Names(List<String> running, List<String> stopped, List<String> images) {
    static final Names NONE = new Names(List.of(), List.of(), List.of());

    /** Every container, running or not. */
    List<String> containers() {
      List<String> all = new ArrayList<>(running);
      all.addAll(stopped);
      return all;
    }
  }

  private final java.util.function.Supplier<Names> source;
  private final ExecutorService fetcher =
      Executors.newSingleThreadExecutor(
          task -> {
            Thread thread = new Thread(task, "docklab-engine-names");
            thread.setDaemon(true);
            return thread;
          });
  private volatile Names names = Names.NONE;
  private volatile long fetchedAt;
  private CompletableFuture<Names> pending;

  /** Names read from {@code engine}; none while it is not reachable. */
  EngineNames(EngineAccess engine) {
    this.source = () -> read(engine);
  }

  /** Names from {@code source} (tests). */
  EngineNames(java.util.function.Supplier<Names> source) {
    this.source = source;
  }

  /** The names, fetched again when older than two seconds, waiting at most 200 ms for them. */
  Names now() {
    if (System.nanoTime() - fetchedAt < FRESH_NANOS) {
      return names;
    }
    CompletableFuture<Names> fetch;
    synchronized (this) {
      if (pending == null || pending.isDone()) {
        pending = CompletableFuture.supplyAsync(this::fetch, fetcher);
      }
      fetch = pending;
    }
    try {
      return fetch.get(WAIT_MILLIS, TimeUnit.MILLISECONDS);
    } catch (TimeoutException slow) {
      return names;
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      return names;
    } catch (java.util.concurrent.ExecutionException failed) {
      return names;
    }
  }

  /** Connects to the engine in the background, so that the first check does not wait for it. */
  void warmUp() {
    fetcher.submit(this::fetch);
  }

  private Names fetch() {
    names = source.get();
    fetchedAt = System.nanoTime();
    return names;
  }

  private static Names read(EngineAccess engine) {
    try {
      DockerClient client = engine.engine().client();
      List<String> running = new ArrayList<>();
      List<String> stopped = new ArrayList<>();
      client
          .listContainersCmd()
          .withShowAll(true)
          .exec()
          .forEach(
              container -> {
                boolean up = RUNNING.contains(String.valueOf(container.getState()));
                if (container.getNames() != null) {
                  for (String name : container.getNames()) {
                    (up ? running : stopped).add(name.startsWith("/") ? name.substring(1) : name);
                  }
                }
              });
      List<String> images = new ArrayList<>();
      client
          .listImagesCmd()
          .exec()
          .forEach(
              image -> {
                if (image.getRepoTags() != null) {
                  for (String tag : image.getRepoTags()) {
                    if (!tag.startsWith("<none>")) {
                      images.add(
                          tag.endsWith(":latest") ? tag.substring(0, tag.length() - 7) : tag);
                    }
                  }
                }
              });
      return new Names(List.copyOf(running), List.copyOf(stopped), List.copyOf(images));
    } catch (RuntimeException unreachable) {
      engine.fault();
      return Names.NONE;
    }
  }

  @Override
  public void close() {
    fetcher.shutdownNow();
  }
}
