package io.docklab.check;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.InspectImageResponse;
import com.github.dockerjava.api.model.Bind;
import com.github.dockerjava.api.model.HostConfig;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Throwaway containers through which checks read files of an image or of a volume: made from an
 * image, never started, and always removed right after the look (off the check's own time). They
 * carry the label {@code io.docklab.probe=true} and a name starting with {@link #PREFIX}.
 */
final class Probes implements AutoCloseable {
  /** The names of the throwaway containers. */
  static final String PREFIX = "docklab-probe-";

  private static final long REMOVAL_WAIT_SECONDS = 15;

  private final ThreadPoolExecutor removals =
      new ThreadPoolExecutor(
          0,
          1,
          1,
          TimeUnit.SECONDS,
          new LinkedBlockingQueue<>(),
          task -> new Thread(task, "docklab-probe-removal")); // Not a daemon: it must finish.

  /** Creates (never starts) a container of {@code image} with {@code binds}; returns its id. */
  String create(DockerClient client, InspectImageResponse image, Bind... binds) {
    var config = image.getConfig();
    var create =
        client
            .createContainerCmd(image.getId())
            .withName(PREFIX + UUID.randomUUID().toString().substring(0, 12))
            .withLabels(Map.of("io.docklab.probe", "true"));
    if (binds.length > 0) {
      create = create.withHostConfig(HostConfig.newHostConfig().withBinds(binds));
    }
    if (config == null || (empty(config.getCmd()) && empty(config.getEntrypoint()))) {
      create = create.withCmd("/docklab-never-started"); // An image without one cannot be created.
    }
    return create.exec().getId();
  }

  /** Removes the container {@code id} soon, on a thread of its own. */
  void removeLater(DockerClient client, String id) {
    removals.execute(() -> remove(client, id));
  }

  private static void remove(DockerClient client, String id) {
    try {
      client.removeContainerCmd(id).withForce(true).withRemoveVolumes(true).exec();
    } catch (RuntimeException gone) {
      // Already removed, or the engine went away: it carries the label io.docklab.probe=true.
    }
  }

  private static boolean empty(String[] values) {
    return values == null || values.length == 0;
  }

  /** Waits for the throwaway containers still being removed. */
  @Override
  public void close() {
    removals.shutdown();
    try {
      removals.awaitTermination(REMOVAL_WAIT_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
    }
  }
}
