package io.docklab.check;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.InspectImageResponse;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.Bind;
import com.github.dockerjava.api.model.HostConfig;
import io.docklab.docker.DockerEngine;
import io.docklab.docker.EngineAccess;
import io.docklab.util.TaskFailure;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Throwaway containers through which checks read files of an image or of a volume: made from an
 * image, never started, and always removed right after the look (off the check's own time). They
 * carry the label {@code io.docklab.probe=true}, the label {@link ProbeSweep#OWNER} (which process
 * made them) and a name starting with {@link #PREFIX} and this instance's run tag.
 *
 * <p>Removal is made certain: a probe is named before it is asked for and made on a thread no
 * interrupt reaches, so that a look cut short while it is being made still learns the outcome and
 * removes it; one whose creation failed (a timeout, an engine error) is removed by name; removal
 * clears the thread's interrupt for its own call; the connection used is the engine's current one
 * (a fault may have closed the one the look used); and {@link #close} removes whatever is still
 * out, itself when its removal thread has stopped. What a killed process leaves is for {@link
 * ProbeSweep}.
 */
final class Probes implements AutoCloseable {
  /** The names of the throwaway containers. */
  static final String PREFIX = "docklab-probe-";

  private static final long REMOVAL_WAIT_SECONDS = 15;

  /** How long {@link #close} waits for looks still going on to give their probes back. */
  private static final long CLOSE_WAIT_MILLIS = 5_000;

  /** Pauses before a probe whose creation was cut short is looked for again (it may still come). */
  private static final long[] LATE_CREATION_MILLIS = {250, 1_000};

  private final String run = UUID.randomUUID().toString().substring(0, 8);
  private final AtomicLong count = new AtomicLong();

  /** The probes asked for and not yet removed, by name. */
  private final Map<String, EngineAccess> out = new ConcurrentHashMap<>();

  /** Where probes are made: never interrupted, so a creation's outcome is always known. */
  private final ThreadPoolExecutor creations =
      new ThreadPoolExecutor(
          0,
          4,
          1,
          TimeUnit.SECONDS,
          new LinkedBlockingQueue<>(),
          task -> {
            Thread thread = new Thread(task, "docklab-probe-creation");
            thread.setDaemon(true); // ProbeSweep removes what a process ended mid-creation left.
            return thread;
          });

  private final ThreadPoolExecutor removals =
      new ThreadPoolExecutor(
          0,
          1,
          1,
          TimeUnit.SECONDS,
          new LinkedBlockingQueue<>(),
          task -> new Thread(task, "docklab-probe-removal")); // Not a daemon: it must finish.

  /** The start of the names of this instance's probes: {@link #PREFIX} and the run tag. */
  String namePrefix() {
    return PREFIX + run + "-";
  }

  /**
   * Creates (never starts) a container of {@code image} with {@code binds}; returns its name, which
   * must be given back with {@link #remove}. The engine call runs on a thread of its own that no
   * interrupt reaches, so that its outcome is always known: a caller interrupted meanwhile gets a
   * {@link CancellationException} and the probe, once made, is removed; a creation that fails is
   * removed here (the engine may have made it all the same).
   */
  String create(EngineAccess access, InspectImageResponse image, Bind... binds) {
    String name = namePrefix() + count.incrementAndGet();
    out.put(name, access);
    CompletableFuture<Void> made;
    try {
      made = CompletableFuture.runAsync(() -> createNow(access, image, name, binds), creations);
    } catch (RejectedExecutionException closed) {
      out.remove(name);
      throw new CancellationException("the checks are closed");
    }
    try {
      made.get();
      return name;
    } catch (InterruptedException interrupted) {
      made.whenComplete(
          (ok, failed) -> {
            if (failed == null) {
              schedule(() -> removeNow(access, name));
            } else {
              schedule(() -> removeCutShort(access, name));
            }
          });
      Thread.currentThread().interrupt();
      throw new CancellationException("interrupted while a probe was being made");
    } catch (ExecutionException failed) {
      schedule(() -> removeCutShort(access, name));
      throw new IllegalStateException(TaskFailure.rethrowUnchecked(failed));
    }
  }

  private static void createNow(
      EngineAccess access, InspectImageResponse image, String name, Bind... binds) {
    var config = image.getConfig();
    var create =
        access
            .engine()
            .client()
            .createContainerCmd(image.getId())
            .withName(name)
            .withLabels(Map.of("io.docklab.probe", "true", ProbeSweep.OWNER, ProbeSweep.owner()));
    if (binds.length > 0) {
      create = create.withHostConfig(HostConfig.newHostConfig().withBinds(binds));
    }
    if (config == null || (empty(config.getCmd()) && empty(config.getEntrypoint()))) {
      create = create.withCmd("/docklab-never-started"); // An image without one cannot be made.
    }
    create.exec();
  }

  /** Removes the probe {@code name} soon, on a thread of its own (here, once closed). */
  void remove(EngineAccess access, String name) {
    schedule(() -> removeNow(access, name));
  }

  private void schedule(Runnable removal) {
    try {
      removals.execute(removal);
    } catch (RejectedExecutionException closed) {
      removal.run();
    }
  }

  /** A probe whose creation was cut short: the engine may make it still, so look again later. */
  private void removeCutShort(EngineAccess access, String name) {
    boolean interrupted = Thread.interrupted();
    try {
      removeNow(access, name);
      for (long pause : LATE_CREATION_MILLIS) {
        Thread.sleep(pause);
        removeNow(access, name);
      }
    } catch (InterruptedException stopped) {
      interrupted = true;
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /**
   * Removes {@code name} now, whether or not this thread was interrupted (an interrupt would close
   * the connection mid-call): a second try goes through the engine's connection as it is then.
   */
  private void removeNow(EngineAccess access, String name) {
    boolean interrupted = Thread.interrupted();
    try {
      for (int attempt = 0; attempt < 2; attempt++) {
        try {
          DockerClient client = access.engine().client();
          client.removeContainerCmd(name).withForce(true).withRemoveVolumes(true).exec();
          out.remove(name);
          return;
        } catch (NotFoundException gone) {
          out.remove(name);
          return;
        } catch (RuntimeException failed) {
          // The engine went away, or its connection was closed by a fault: try once more.
        }
      }
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private static boolean empty(String[] values) {
    return values == null || values.length == 0;
  }

  /**
   * Waits for the throwaway containers still being removed, then for looks still going on (their
   * threads are interrupted by now) to give theirs back, and removes whatever is still out.
   */
  @Override
  public void close() {
    creations.shutdown();
    boolean interrupted = Thread.interrupted();
    try {
      creations.awaitTermination(REMOVAL_WAIT_SECONDS, TimeUnit.SECONDS);
      removals.shutdown();
      removals.awaitTermination(REMOVAL_WAIT_SECONDS, TimeUnit.SECONDS);
      long deadline = System.nanoTime() + CLOSE_WAIT_MILLIS * 1_000_000L;
      while (!out.isEmpty() && deadline - System.nanoTime() > 0) {
        Thread.sleep(20);
      }
    } catch (InterruptedException again) {
      interrupted = true;
    } finally {
      removals.shutdown();
      Map.copyOf(out).forEach((name, access) -> removeNow(access, name));
      Map.copyOf(out).forEach(Probes::removeOnOwnConnection);
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /**
   * The last try, on a connection of its own: the shared one may be closed under any call by a
   * fault that another thread saw. What this cannot remove is left for {@link ProbeSweep}.
   */
  private static void removeOnOwnConnection(String name, EngineAccess shared) {
    try (DockerEngine own = DockerEngine.connect(shared.address())) {
      own.client().removeContainerCmd(name).withForce(true).withRemoveVolumes(true).exec();
    } catch (RuntimeException goneOrUnreachable) {
      // Removed meanwhile, or no engine: ProbeSweep removes it when one answers.
    }
  }
}
