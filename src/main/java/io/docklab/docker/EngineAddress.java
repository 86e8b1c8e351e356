package io.docklab.docker;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Where the Docker engine is expected: {@code DOCKER_HOST}, or the default local socket. */
public record EngineAddress(URI uri, boolean fromDockerHost) {
  public static final String DEFAULT = "unix:///var/run/docker.sock";

  /** The address the {@code docker} CLI would use, given these environment variables. */
  public static EngineAddress fromEnvironment(Map<String, String> environment) {
    String dockerHost = environment.get("DOCKER_HOST");
    if (dockerHost == null || dockerHost.isBlank()) {
      return new EngineAddress(URI.create(DEFAULT), false);
    }
    return new EngineAddress(URI.create(dockerHost.trim()), true);
  }

  public static EngineAddress fromEnvironment() {
    return fromEnvironment(System.getenv());
  }

  public boolean isUnixSocket() {
    return "unix".equals(uri.getScheme());
  }

  /** The socket file of a {@code unix://} address. */
  public Path socketPath() {
    return Path.of(uri.getPath());
  }

  /** Why nothing can answer at this address before even trying, or null when it may. */
  String reasonNotReachable() {
    if (isUnixSocket()) {
      Path socket = socketPath();
      if (!Files.exists(socket)) {
        return "no socket at " + socket;
      }
      if (!Files.isReadable(socket) || !Files.isWritable(socket)) {
        return "permission denied on " + socket;
      }
    }
    return null;
  }

  @Override
  public String toString() {
    return uri.toString();
  }
}
