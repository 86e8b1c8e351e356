package io.docklab.lesson;

import java.util.List;

/**
 * Everything a lesson creates, so that reset and cleanup remove exactly that. Containers started
 * from one of these images belong to the lesson too, named or not.
 *
 * @param repositories registry repositories, as {@code registry/name}
 * @param files paths in the lesson workspace
 * @param networks network names, removed after the lesson's containers
 * @param volumes volume names, removed after the lesson's containers
 */
public record Creates(
    List<String> containers,
    List<String> images,
    List<String> repositories,
    List<String> files,
    List<String> networks,
    List<String> volumes) {
  public static final Creates NOTHING =
      new Creates(List.of(), List.of(), List.of(), List.of(), List.of(), List.of());

  public Creates {
    containers = List.copyOf(containers);
    images = List.copyOf(images);
    repositories = List.copyOf(repositories);
    files = List.copyOf(files);
    networks = List.copyOf(networks);
    volumes = List.copyOf(volumes);
  }

  /** What a lesson creates besides networks and volumes. */
  public Creates(
      List<String> containers, List<String> images, List<String> repositories, List<String> files) {
    this(containers, images, repositories, files, List.of(), List.of());
  }
}
