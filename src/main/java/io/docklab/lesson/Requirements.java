package io.docklab.lesson;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a lesson needs before it can start: images present on the engine, host ports nothing else
 * listens on, and services docklab runs (such as {@code registry}, the local registry). Some images
 * come with the lesson's own {@link ImageRecipe offline recipe}, written in the same {@code images}
 * list; each such image is in {@link #images()} too.
 */
public record Requirements(
    List<String> images,
    List<Integer> ports,
    List<String> services,
    @Key("images") List<ImageRecipe> recipes) {
  public static final Requirements NONE =
      new Requirements(List.of(), List.of(), List.of(), List.of());

  public Requirements {
    images = List.copyOf(images);
    ports = List.copyOf(ports);
    services = List.copyOf(services);
    recipes = List.copyOf(recipes);
  }

  /** Requirements without offline recipes of the lesson's own. */
  public Requirements(List<String> images, List<Integer> ports, List<String> services) {
    this(images, ports, services, List.of());
  }

  /** The lesson's recipe for {@code ref}, if it declares one. */
  public Optional<ImageRecipe> recipe(String ref) {
    return recipes.stream().filter(recipe -> recipe.ref().equals(ref)).findFirst();
  }

  /**
   * Everything any of {@code all} needs, each item once, in first-seen order; of two recipes for
   * one image, the first (the catalogue reports recipes that differ, see {@code RecipeConflicts}).
   */
  public static Requirements union(Collection<Requirements> all) {
    Set<String> images = new LinkedHashSet<>();
    Set<Integer> ports = new LinkedHashSet<>();
    Set<String> services = new LinkedHashSet<>();
    Map<String, ImageRecipe> recipes = new LinkedHashMap<>();
    for (Requirements each : all) {
      images.addAll(each.images());
      ports.addAll(each.ports());
      services.addAll(each.services());
      each.recipes().forEach(recipe -> recipes.putIfAbsent(recipe.ref(), recipe));
    }
    return new Requirements(
        List.copyOf(images),
        List.copyOf(ports),
        List.copyOf(services),
        List.copyOf(recipes.values()));
  }
}
