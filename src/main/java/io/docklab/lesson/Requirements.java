package io.docklab.lesson;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

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

  /** Everything any of {@code all} needs, each item once, in first-seen order. */
  public static Requirements union(Collection<Requirements> all) {
    Set<String> images = new LinkedHashSet<>();
    Set<Integer> ports = new LinkedHashSet<>();
    Set<String> services = new LinkedHashSet<>();
    for (Requirements each : all) {
      images.addAll(each.images());
      ports.addAll(each.ports());
      services.addAll(each.services());
    }
    return new Requirements(List.copyOf(images), List.copyOf(ports), List.copyOf(services));
  }
}
