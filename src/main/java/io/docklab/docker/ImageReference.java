package io.docklab.docker;

/**
 * An image reference split into repository and tag ({@code python:3.11-slim}, {@code
 * host:5000/a/b}).
 */
public record ImageReference(String repository, String tag) {

  public static ImageReference parse(String reference) {
    String trimmed = reference.trim();
    int lastSlash = trimmed.lastIndexOf('/');
    int colon = trimmed.lastIndexOf(':');
    if (colon > lastSlash && colon < trimmed.length() - 1) {
      return new ImageReference(trimmed.substring(0, colon), trimmed.substring(colon + 1));
    }
    return new ImageReference(trimmed, "latest");
  }

  /** The last part of the repository path: {@code python} for {@code docker.io/library/python}. */
  public String name() {
    return repository.substring(repository.lastIndexOf('/') + 1);
  }

  @Override
  public String toString() {
    return repository + ":" + tag;
  }
}
