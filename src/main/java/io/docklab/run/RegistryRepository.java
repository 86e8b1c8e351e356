package io.docklab.run;

/**
 * A repository on a registry as a lesson names it, {@code registry/name} ({@code
 * 127.0.0.1:5000/learner/python-dockerfile}), split as the docker CLI splits it: the first part is
 * the registry when it has a dot or a colon or is {@code localhost}, else the repository is on
 * Docker Hub.
 *
 * @param registry as written ({@code 127.0.0.1:5000}, {@code docker.io})
 * @param name the repository's path on the registry ({@code learner/python-dockerfile})
 */
record RegistryRepository(String registry, String name) {
  static RegistryRepository parse(String repository) {
    String trimmed = repository.trim();
    int slash = trimmed.indexOf('/');
    String first = slash < 0 ? "" : trimmed.substring(0, slash);
    if (slash > 0 && (first.contains(".") || first.contains(":") || first.equals("localhost"))) {
      return new RegistryRepository(first, trimmed.substring(slash + 1));
    }
    return new RegistryRepository("docker.io", slash < 0 ? "library/" + trimmed : trimmed);
  }

  /**
   * Where its API answers: plain HTTP on the loopback address (as the docker CLI allows there
   * without configuration), HTTPS elsewhere, and Docker Hub's API host for {@code docker.io}.
   */
  String baseUrl() {
    if (registry.equals("docker.io") || registry.equals("index.docker.io")) {
      return "https://registry-1.docker.io";
    }
    String host =
        registry.contains(":") ? registry.substring(0, registry.lastIndexOf(':')) : registry;
    boolean loopback = host.equals("localhost") || host.startsWith("127.") || host.equals("[::1]");
    return (loopback ? "http://" : "https://") + registry;
  }

  @Override
  public String toString() {
    return registry + "/" + name;
  }
}
