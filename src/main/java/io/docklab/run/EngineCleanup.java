package io.docklab.run;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.InspectImageResponse;
import com.github.dockerjava.api.exception.DockerException;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.Container;
import com.github.dockerjava.api.model.Network;
import io.docklab.docker.EngineAccess;
import io.docklab.docker.EngineFaults;
import io.docklab.docker.EngineUnreachableException;
import io.docklab.docker.ImageReference;
import io.docklab.i18n.Messages;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Removes a lesson's containers and image tags from the engine, and nothing else: containers by
 * exact name and those whose image, as given to {@code docker run}, is one of the lesson's images;
 * image tags by exact reference, each untagged without force, so that an image other tags still
 * hold stays.
 */
final class EngineCleanup {
  private final EngineAccess access;
  private final List<String> removed;
  private final List<String> problems;

  /** Compose's labels: the project, and the directory {@code docker compose} ran in. */
  private static final String PROJECT = "com.docker.compose.project";

  private static final String WORKING_DIR = "com.docker.compose.project.working_dir";

  private final Path workspace;
  private final Set<String> composeProjects = new LinkedHashSet<>();

  EngineCleanup(EngineAccess access, List<String> removed, List<String> problems) {
    this(access, null, removed, problems);
  }

  /**
   * @param workspace the lesson's workspace: what Docker Compose made from a directory inside it is
   *     the lesson's too (its containers, then its networks), whatever the names; null for none
   */
  EngineCleanup(EngineAccess access, Path workspace, List<String> removed, List<String> problems) {
    this.access = access;
    this.workspace = workspace == null ? null : workspace.toAbsolutePath().normalize();
    this.removed = removed;
    this.problems = problems;
  }

  /**
   * Removes the containers named {@code containers} or started from {@code images}, then the image
   * tags {@code images}.
   *
   * @return false when the engine could not be reached (one problem says so)
   */
  boolean clean(List<String> containers, List<String> images) {
    return clean(containers, images, client -> {});
  }

  /**
   * Removes the lesson's containers, then does {@code afterContainers} (networks and volumes, which
   * the lesson's containers may have held), then removes the image tags.
   *
   * @return false when the engine could not be reached (one problem says so)
   */
  boolean clean(
      List<String> containers, List<String> images, Consumer<DockerClient> afterContainers) {
    try {
      DockerClient client = access.engine().client();
      Set<String> familiarImages = new LinkedHashSet<>();
      images.forEach(image -> familiarImages.add(ImageReference.familiar(image)));
      removeContainers(client, Set.copyOf(containers), familiarImages);
      removeComposeNetworks(client);
      afterContainers.accept(client);
      familiarImages.forEach(image -> removeImage(client, image));
      return true;
    } catch (EngineUnreachableException unreachable) {
      problems.add(unreachable.describe());
    } catch (RuntimeException fault) { // The connection broke: not an answer from the engine.
      access.fault();
      problems.add(
          Messages.get("engine.unreachable", access.address(), EngineFaults.reason(fault)));
    }
    return false;
  }

  private void removeContainers(DockerClient client, Set<String> names, Set<String> images) {
    for (Container container : client.listContainersCmd().withShowAll(true).exec()) {
      String name = nameOf(container);
      if (names.contains(name)) {
        removeContainer(client, container, Messages.get("cleanup.removed.container", name));
      } else if (composedHere(container)) {
        composeProjects.add(container.getLabels().get(PROJECT));
        removeContainer(client, container, Messages.get("cleanup.removed.container", name));
      } else {
        imageOf(client, container)
            .filter(images::contains)
            .ifPresent(
                image ->
                    removeContainer(
                        client,
                        container,
                        Messages.get("cleanup.removed.containerFromImage", name, image)));
      }
    }
  }

  /** True when Docker Compose made {@code container} from a directory in the workspace. */
  private boolean composedHere(Container container) {
    Map<String, String> labels = container.getLabels();
    if (workspace == null || labels == null || labels.get(PROJECT) == null) {
      return false;
    }
    String dir = labels.get(WORKING_DIR);
    return dir != null && Path.of(dir).toAbsolutePath().normalize().startsWith(workspace);
  }

  /** The networks of the Compose projects whose containers were removed, when nothing uses them. */
  private void removeComposeNetworks(DockerClient client) {
    if (composeProjects.isEmpty()) {
      return;
    }
    for (Network network : client.listNetworksCmd().withFilter("label", List.of(PROJECT)).exec()) {
      Map<String, String> labels = network.getLabels();
      if (labels == null || !composeProjects.contains(labels.get(PROJECT))) {
        continue;
      }
      try {
        Network inspected = client.inspectNetworkCmd().withNetworkId(network.getId()).exec();
        if (inspected.getContainers() == null || inspected.getContainers().isEmpty()) {
          client.removeNetworkCmd(network.getId()).exec();
          removed.add(Messages.get("cleanup.removed.network", network.getName()));
        }
      } catch (NotFoundException goneMeanwhile) {
        // Already gone: nothing to do.
      } catch (DockerException refused) {
        problems.add(
            Messages.get(
                "cleanup.problem.network", network.getName(), EngineFaults.reason(refused)));
      }
    }
  }

  static String nameOf(Container container) {
    String[] names = container.getNames();
    if (names == null || names.length == 0) {
      return container.getId();
    }
    return Arrays.stream(names)
        .map(name -> name.startsWith("/") ? name.substring(1) : name)
        .filter(name -> !name.contains("/")) // Legacy link aliases look like /other/alias.
        .findFirst()
        .orElse(container.getId());
  }

  /** The image as given at {@code docker run} (Config.Image), in its short form. */
  private static Optional<String> imageOf(DockerClient client, Container container) {
    try {
      String image = client.inspectContainerCmd(container.getId()).exec().getConfig().getImage();
      return Optional.ofNullable(image).map(ImageReference::familiar);
    } catch (NotFoundException goneMeanwhile) {
      return Optional.empty();
    }
  }

  private void removeContainer(DockerClient client, Container container, String phrase) {
    try {
      client.removeContainerCmd(container.getId()).withForce(true).exec();
      removed.add(phrase);
    } catch (NotFoundException goneMeanwhile) {
      // Already gone: nothing to do.
    } catch (DockerException refused) {
      problems.add(
          Messages.get(
              "cleanup.problem.container", nameOf(container), EngineFaults.reason(refused)));
    }
  }

  /**
   * Untags {@code image} when exactly that tag is on the engine. The tag is looked up first, so
   * that a name that is no tag is never taken for an image ID prefix.
   */
  private void removeImage(DockerClient client, String image) {
    try {
      InspectImageResponse found = client.inspectImageCmd(image).exec();
      List<String> references = new ArrayList<>();
      Optional.ofNullable(found.getRepoTags()).ifPresent(references::addAll);
      Optional.ofNullable(found.getRepoDigests()).ifPresent(references::addAll);
      if (references.stream().map(ImageReference::familiar).noneMatch(image::equals)) {
        return; // Not a tag of this image (the name matched an ID): the lesson's tag is gone.
      }
      client.removeImageCmd(image).withForce(false).exec();
      removed.add(Messages.get("cleanup.removed.image", image));
    } catch (NotFoundException absent) {
      // Already gone: nothing to do.
    } catch (DockerException refused) {
      problems.add(Messages.get("cleanup.problem.image", image, EngineFaults.reason(refused)));
    }
  }
}
