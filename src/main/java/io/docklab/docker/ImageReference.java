package io.docklab.docker;

/**
 * An image reference read as the docker CLI reads it: {@code [registry/]path[:tag][@digest]}. The
 * first part of the path is the registry when it has a dot or a colon or is {@code localhost};
 * otherwise the image is on Docker Hub ({@code docker.io}), where a one-part path is an official
 * image under {@code library/}. A reference with neither tag nor digest means {@code latest}.
 *
 * <p>{@link #toString()} is the short form the engine lists ({@code RepoTags}): Docker Hub's {@code
 * docker.io/} and {@code library/} dropped, the tag explicit. Two references name the same image
 * tag exactly when their short forms are equal: {@code python-custom}, {@code python-custom:latest}
 * and {@code docker.io/library/python-custom:latest} are one.
 *
 * @param registry the registry as written ({@code 127.0.0.1:5000}, {@code ghcr.io}), {@code
 *     docker.io} for Docker Hub (also when written {@code index.docker.io})
 * @param path the repository's path on that registry ({@code learner/app}, {@code library/python})
 * @param tag the tag; null only when a digest alone names the image
 * @param digest the digest ({@code sha256:…}), or null
 */
public record ImageReference(String registry, String path, String tag, String digest) {
  public static final String DOCKER_HUB = "docker.io";
  private static final String OFFICIAL = "library/";

  public static ImageReference parse(String reference) {
    String name = reference.trim();
    String digest = null;
    int at = name.indexOf('@');
    if (at >= 0) {
      digest = name.substring(at + 1);
      name = name.substring(0, at);
    }
    String tag = null;
    int colon = name.lastIndexOf(':');
    if (colon > name.lastIndexOf('/') && colon < name.length() - 1) {
      tag = name.substring(colon + 1);
      name = name.substring(0, colon);
    }
    if (tag == null && digest == null) {
      tag = "latest";
    }
    int slash = name.indexOf('/');
    String first = slash < 0 ? "" : name.substring(0, slash);
    if (slash > 0 && (first.contains(".") || first.contains(":") || first.equals("localhost"))) {
      String registry = isDockerHub(first) ? DOCKER_HUB : first;
      String path = name.substring(slash + 1);
      return new ImageReference(registry, pathOn(registry, path), tag, digest);
    }
    return new ImageReference(DOCKER_HUB, pathOn(DOCKER_HUB, name), tag, digest);
  }

  /** The short form of {@code reference}, as {@link #toString()} gives it. */
  public static String familiar(String reference) {
    return parse(reference).toString();
  }

  /** True for the names Docker Hub goes by: {@code docker.io} and its API and index hosts. */
  public static boolean isDockerHub(String registry) {
    String host = registry.strip();
    return host.equals(DOCKER_HUB)
        || host.equals("index.docker.io")
        || host.equals("registry-1.docker.io");
  }

  /**
   * The path of {@code repository} on {@code registry}: an official image's one-part name on Docker
   * Hub is under {@code library/}.
   */
  public static String pathOn(String registry, String repository) {
    return isDockerHub(registry) && !repository.contains("/") ? OFFICIAL + repository : repository;
  }

  public boolean onDockerHub() {
    return registry.equals(DOCKER_HUB);
  }

  /**
   * The repository in its short form: {@code python}, {@code learner/app}, {@code
   * 127.0.0.1:5000/learner/app}.
   */
  public String repository() {
    if (!onDockerHub()) {
      return registry + "/" + path;
    }
    boolean official = path.startsWith(OFFICIAL) && path.indexOf('/', OFFICIAL.length()) < 0;
    return official ? path.substring(OFFICIAL.length()) : path;
  }

  /** The repository with its registry: {@code docker.io/library/python}. */
  public String qualifiedRepository() {
    return registry + "/" + path;
  }

  /** The last part of the repository path: {@code python} for {@code docker.io/library/python}. */
  public String name() {
    return path.substring(path.lastIndexOf('/') + 1);
  }

  public boolean byDigest() {
    return digest != null;
  }

  /** The same repository with another tag (and no digest). */
  public ImageReference withTag(String otherTag) {
    return new ImageReference(registry, path, otherTag, null);
  }

  /** The short form: {@code python:3.11-slim}, {@code python@sha256:…}. */
  @Override
  public String toString() {
    return repository() + (tag == null ? "" : ":" + tag) + (digest == null ? "" : "@" + digest);
  }
}
