package io.docklab.lesson;

import java.util.List;

/**
 * What a lesson needs before it can start: images present on the engine, host ports nothing else
 * listens on, and services docklab runs (such as {@code registry}, the local registry).
 */
public record Requirements(List<String> images, List<Integer> ports, List<String> services) {
  public static final Requirements NONE = new Requirements(List.of(), List.of(), List.of());

  public Requirements {
    images = List.copyOf(images);
    ports = List.copyOf(ports);
    services = List.copyOf(services);
  }
}
