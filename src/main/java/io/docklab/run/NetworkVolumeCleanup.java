package io.docklab.run;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.InspectVolumeResponse;
import com.github.dockerjava.api.exception.DockerException;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.Container;
import com.github.dockerjava.api.model.ContainerMount;
import com.github.dockerjava.api.model.Network;
import io.docklab.docker.EngineFaults;
import io.docklab.i18n.Messages;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Removes a lesson's networks and volumes by exact name, after its containers are gone, and nothing
 * else. One that a container still uses (a container that is not the lesson's, since the lesson's
 * were removed first) is left alone and said in one line; nothing is forced.
 */
final class NetworkVolumeCleanup {
  private final List<String> removed;
  private final List<String> problems;
  private final List<String> left;

  NetworkVolumeCleanup(List<String> removed, List<String> problems, List<String> left) {
    this.removed = removed;
    this.problems = problems;
    this.left = left;
  }

  /** Removes the networks {@code networks}, then the volumes {@code volumes}. */
  void clean(DockerClient client, List<String> networks, List<String> volumes) {
    if (networks.isEmpty() && volumes.isEmpty()) {
      return;
    }
    List<Container> containers = client.listContainersCmd().withShowAll(true).exec();
    networks.forEach(network -> removeNetwork(client, containers, network));
    volumes.forEach(volume -> removeVolume(client, containers, volume));
  }

  private void removeNetwork(DockerClient client, List<Container> containers, String name) {
    Optional<Network> found = network(client, name);
    if (found.isEmpty()) {
      return;
    }
    Network network = found.get();
    TreeSet<String> users = new TreeSet<>();
    Optional.ofNullable(network.getContainers())
        .ifPresent(
            endpoints ->
                endpoints.forEach(
                    (id, endpoint) ->
                        users.add(endpoint.getName() != null ? endpoint.getName() : id)));
    for (Container container : containers) {
      Map<String, ?> attached =
          container.getNetworkSettings() == null
              ? null
              : container.getNetworkSettings().getNetworks();
      if (attached != null && attached.containsKey(name)) {
        users.add(EngineCleanup.nameOf(container));
      }
    }
    if (!users.isEmpty()) {
      left.add(Messages.get("cleanup.left.network", name, String.join(", ", users)));
      return;
    }
    try {
      client.removeNetworkCmd(network.getId()).exec();
      removed.add(Messages.get("cleanup.removed.network", name));
    } catch (NotFoundException goneMeanwhile) {
      // Already gone: nothing to do.
    } catch (DockerException refused) {
      problems.add(Messages.get("cleanup.problem.network", name, EngineFaults.reason(refused)));
    }
  }

  /**
   * The network named exactly {@code name}: the engine also answers to an ID or a prefix of one,
   * which must not be taken for the lesson's network.
   */
  private static Optional<Network> network(DockerClient client, String name) {
    try {
      Network network = client.inspectNetworkCmd().withNetworkId(name).exec();
      return name.equals(network.getName()) ? Optional.of(network) : Optional.empty();
    } catch (NotFoundException absent) {
      return Optional.empty();
    }
  }

  private void removeVolume(DockerClient client, List<Container> containers, String name) {
    try {
      InspectVolumeResponse volume = client.inspectVolumeCmd(name).exec();
      if (!name.equals(volume.getName())) {
        return;
      }
    } catch (NotFoundException absent) {
      return;
    }
    TreeSet<String> users = new TreeSet<>();
    for (Container container : containers) {
      List<ContainerMount> mounts = container.getMounts();
      if (mounts != null && mounts.stream().anyMatch(mount -> name.equals(mount.getName()))) {
        users.add(EngineCleanup.nameOf(container));
      }
    }
    if (!users.isEmpty()) {
      left.add(Messages.get("cleanup.left.volume", name, String.join(", ", users)));
      return;
    }
    try {
      client.removeVolumeCmd(name).exec();
      removed.add(Messages.get("cleanup.removed.volume", name));
    } catch (NotFoundException goneMeanwhile) {
      // Already gone: nothing to do.
    } catch (DockerException refused) {
      problems.add(Messages.get("cleanup.problem.volume", name, EngineFaults.reason(refused)));
    }
  }
}
