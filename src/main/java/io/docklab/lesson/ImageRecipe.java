package io.docklab.lesson;

import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * How a lesson says to make one of its images when no registry gives it: Debian bookworm packages
 * for a minimal root filesystem ({@code debootstrap --include}), then Dockerfile lines built on it
 * (an implicit {@code FROM} that base). Where the recipe stands in its file ({@link #line()},
 * {@link #column()}) is kept for errors that concern two lessons, but is no part of the recipe: two
 * recipes are equal when they make the same image.
 */
public final class ImageRecipe {
  private final String ref;
  private final List<String> packages;
  private final String dockerfile;
  private final int line;
  private final int column;

  /**
   * @param ref the image reference the recipe makes, as the lesson wrote it
   * @param packages Debian package names, at least one
   * @param dockerfile the Dockerfile lines after the implicit FROM, possibly empty
   * @param line 1-based line of the recipe in its lesson file, 0 when unknown
   * @param column 1-based column, 0 when unknown
   */
  public ImageRecipe(String ref, List<String> packages, String dockerfile, int line, int column) {
    this.ref = Objects.requireNonNull(ref);
    this.packages = List.copyOf(packages);
    this.dockerfile = Objects.requireNonNull(dockerfile);
    this.line = line;
    this.column = column;
  }

  public ImageRecipe(String ref, List<String> packages, String dockerfile) {
    this(ref, packages, dockerfile, 0, 0);
  }

  public String ref() {
    return ref;
  }

  public List<String> packages() {
    return packages;
  }

  public String dockerfile() {
    return dockerfile;
  }

  public int line() {
    return line;
  }

  public int column() {
    return column;
  }

  /** The packages sorted, each once: recipes with the same set share one base. */
  public List<String> packageSet() {
    return List.copyOf(new TreeSet<>(packages));
  }

  /** The Dockerfile's lines without trailing spaces and blank lines, to compare recipes. */
  public List<String> dockerfileLines() {
    return dockerfile.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
  }

  /** Same image, same package set, same Dockerfile lines (blank lines and spacing aside). */
  @Override
  public boolean equals(Object other) {
    return other instanceof ImageRecipe recipe
        && ref.equals(recipe.ref)
        && packageSet().equals(recipe.packageSet())
        && dockerfileLines().equals(recipe.dockerfileLines());
  }

  @Override
  public int hashCode() {
    return Objects.hash(ref, packageSet(), dockerfileLines());
  }

  @Override
  public String toString() {
    return "ImageRecipe[" + ref + " " + packageSet() + " " + dockerfileLines() + "]";
  }
}
