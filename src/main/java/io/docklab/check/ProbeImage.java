package io.docklab.check;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.InspectImageResponse;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.Image;
import java.util.ArrayList;
import java.util.List;

/**
 * The image a probe is made from when any will do (to read a volume): the first of the lesson's
 * required images present on the engine, else any tagged image there. Images that declare volumes
 * of their own are passed over, so that a probe makes no anonymous volume.
 */
final class ProbeImage {
  private ProbeImage() {}

  /** The image to make a probe of, or null when the engine has none that fits. */
  static InspectImageResponse choose(DockerClient client, List<String> preferred) {
    List<String> candidates = new ArrayList<>();
    for (String reference : preferred) {
      candidates.add(reference.contains("@") ? reference : ContainerLookup.normalized(reference));
    }
    for (Image image : client.listImagesCmd().exec()) {
      if (image.getRepoTags() != null && image.getRepoTags().length > 0) {
        candidates.add(image.getId());
      }
    }
    for (String candidate : candidates) {
      InspectImageResponse inspected = inspect(client, candidate);
      if (inspected != null && withoutVolumes(inspected)) {
        return inspected;
      }
    }
    return null;
  }

  private static InspectImageResponse inspect(DockerClient client, String reference) {
    try {
      return client.inspectImageCmd(reference).exec();
    } catch (NotFoundException absent) {
      return null;
    }
  }

  private static boolean withoutVolumes(InspectImageResponse image) {
    var config = image.getConfig();
    return config == null || config.getVolumes() == null || config.getVolumes().isEmpty();
  }
}
