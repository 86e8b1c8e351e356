package io.docklab.check;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.InspectContainerResponse;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.Container;
import io.docklab.docker.ImageReference;
import java.util.ArrayList;
import java.util.List;

/** Finds containers by name, or by the image they were started from, as {@code docker ps -a}. */
final class ContainerLookup {
  private ContainerLookup() {}

  static List<InspectContainerResponse> byName(DockerClient client, String name) {
    try {
      return List.of(client.inspectContainerCmd(name).exec());
    } catch (NotFoundException absent) {
      return List.of();
    }
  }

  /**
   * The containers whose image is {@code image} as {@code docker ps} shows it ({@code python} and
   * {@code python:latest} alike), or whose image was re-tagged since and is still that image.
   */
  static List<InspectContainerResponse> byImage(DockerClient client, String image) {
    String wanted = normalized(image);
    String wantedId = imageId(client, image);
    List<InspectContainerResponse> found = new ArrayList<>();
    for (Container container : client.listContainersCmd().withShowAll(true).exec()) {
      boolean sameName = normalized(container.getImage()).equals(wanted);
      boolean shownById =
          wantedId != null
              && container.getImage() != null
              && wantedId
                  .replace("sha256:", "")
                  .startsWith(container.getImage().replace("sha256:", ""))
              && wantedId.equals(container.getImageId());
      if (sameName || shownById) {
        found.addAll(byName(client, container.getId()));
      }
    }
    return found;
  }

  /** The names of the networks {@code container} is connected to. */
  static java.util.Set<String> networks(InspectContainerResponse container) {
    var settings = container.getNetworkSettings();
    return settings == null || settings.getNetworks() == null
        ? java.util.Set.of()
        : new java.util.TreeSet<>(settings.getNetworks().keySet());
  }

  /**
   * Whether {@code container} was started from {@code image}, as {@code docker ps} shows it ({@code
   * python} and {@code python:latest} alike), or from the image that {@code image} now names.
   */
  static boolean startedFrom(
      DockerClient client, InspectContainerResponse container, String image) {
    String shown = container.getConfig() == null ? null : container.getConfig().getImage();
    if (normalized(shown).equals(normalized(image))) {
      return true;
    }
    String wantedId = imageId(client, image);
    return wantedId != null && wantedId.equals(container.getImageId());
  }

  /** The image {@code container} was started from, as {@code docker ps} shows it. */
  static String image(InspectContainerResponse container) {
    String shown = container.getConfig() == null ? null : container.getConfig().getImage();
    return shown == null ? String.valueOf(container.getImageId()) : shown;
  }

  /** {@code name (running)}, {@code name (exited 0)}: a container as a sentence names it. */
  static String describe(InspectContainerResponse container) {
    String name = container.getName() == null ? "" : container.getName().replaceFirst("^/", "");
    return name + " (" + state(container) + ")";
  }

  /** The state as {@code docker ps} words it: {@code running}, {@code exited (0)}. */
  static String state(InspectContainerResponse container) {
    InspectContainerResponse.ContainerState state = container.getState();
    String status = state.getStatus();
    if ("exited".equals(status) && state.getExitCodeLong() != null) {
      return status + " (" + state.getExitCodeLong() + ")";
    }
    return status;
  }

  /** An image reference with its tag made explicit and Docker Hub's defaults removed. */
  static String normalized(String reference) {
    return reference == null ? "" : ImageReference.familiar(reference);
  }

  private static String imageId(DockerClient client, String image) {
    try {
      return client.inspectImageCmd(image).exec().getId();
    } catch (NotFoundException absent) {
      return null;
    }
  }
}
