package io.docklab.check;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.Container;
import io.docklab.docker.EngineAccess;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Removes docklab's own throwaway containers ({@link Probes}) that a run left behind: a process
 * killed mid-look, an engine that went away before the removal. Only containers that carry both the
 * label {@code io.docklab.probe=true} and a name starting with {@link Probes#PREFIX} are looked at,
 * and of those only the ones no running docklab can still be using: made by this process (when it
 * says it has none out), by a process of this machine that has ended, or more than {@link
 * #STALE_SECONDS} ago (no look lasts that long).
 */
public final class ProbeSweep {
  /** The label that says which process made a probe: {@code host:pid}. */
  static final String OWNER = "io.docklab.probe.owner";

  /** A probe older than this is left over, whoever made it. */
  static final long STALE_SECONDS = 600;

  private static final String HOST = host();

  private static final String OWNER_VALUE = HOST + ":" + ProcessHandle.current().pid();

  private ProbeSweep() {}

  /** The value of {@link #OWNER} for this process. */
  static String owner() {
    return OWNER_VALUE;
  }

  /**
   * Removes the probes left behind; {@code ownToo}: this process's as well (it has none out: its
   * checks are closed). Never throws: an engine that does not answer leaves them for the next time.
   * Returns how many were removed.
   */
  public static int sweep(EngineAccess access, boolean ownToo) {
    boolean interrupted = Thread.interrupted();
    try {
      DockerClient client = access.engine().client();
      int removed = 0;
      for (Container container :
          client
              .listContainersCmd()
              .withShowAll(true)
              .withLabelFilter(Map.of("io.docklab.probe", "true"))
              .exec()) {
        if (leftOver(container, ownToo, System.currentTimeMillis() / 1000)) {
          try {
            client
                .removeContainerCmd(container.getId())
                .withForce(true)
                .withRemoveVolumes(true)
                .exec();
            removed++;
          } catch (NotFoundException gone) {
            // Removed meanwhile.
          }
        }
      }
      return removed;
    } catch (RuntimeException unreachable) {
      return 0;
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** Whether {@code container} is a probe that no running docklab can still be using. */
  static boolean leftOver(Container container, boolean ownToo, long nowSeconds) {
    if (!isProbe(container)) {
      return false;
    }
    Long created = container.getCreated();
    if (created != null && nowSeconds - created > STALE_SECONDS) {
      return true;
    }
    Map<String, String> labels = container.getLabels();
    String owner = labels == null ? null : labels.get(OWNER);
    if (owner == null) {
      return false;
    }
    if (owner.equals(OWNER_VALUE)) {
      return ownToo;
    }
    int colon = owner.lastIndexOf(':');
    if (colon < 0 || !owner.substring(0, colon).equals(HOST)) {
      return false;
    }
    try {
      long pid = Long.parseLong(owner.substring(colon + 1));
      return ProcessHandle.of(pid).map(process -> !process.isAlive()).orElse(true);
    } catch (NumberFormatException notOurs) {
      return false;
    }
  }

  /** A container docklab made to look through: its label, and its name. */
  static boolean isProbe(Container container) {
    Map<String, String> labels = container.getLabels();
    if (labels == null || !"true".equals(labels.get("io.docklab.probe"))) {
      return false;
    }
    String[] names = container.getNames();
    if (names == null) {
      return false;
    }
    for (String name : names) {
      if (name.startsWith("/" + Probes.PREFIX) || name.startsWith(Probes.PREFIX)) {
        return true;
      }
    }
    return false;
  }

  /** This machine's name, as the kernel has it (no name lookup). */
  private static String host() {
    try {
      String name = Files.readString(Path.of("/proc/sys/kernel/hostname")).strip();
      return name.isEmpty() ? "localhost" : name;
    } catch (IOException | RuntimeException unknown) {
      String name = System.getenv("HOSTNAME");
      return name == null || name.isBlank() ? "localhost" : name;
    }
  }
}
