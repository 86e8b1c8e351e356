package io.docklab.docker;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the Docker engine is, and what chose it ({@link EngineLocator} finds it as the docker CLI
 * does).
 *
 * @param uri {@code unix://…}, {@code tcp://host:port} or {@code ssh://[user@]host[:port]}
 * @param source what chose it: the {@code --context} option, an environment variable, the current
 *     context of the Docker configuration, or nothing (the default socket)
 * @param context the name of the Docker context that gave it, or null
 * @param tls the directory of {@code ca.pem}, {@code cert.pem} and {@code key.pem} when the engine
 *     speaks TLS and checks client certificates, or null
 * @param problem why no engine can be named (a context that does not exist), or null
 */
public record EngineAddress(URI uri, Source source, String context, Path tls, String problem) {
  public static final String DEFAULT = "unix:///var/run/docker.sock";

  /** What chose the engine, in the docker CLI's order. */
  public enum Source {
    OPTION,
    DOCKER_HOST,
    DOCKER_CONTEXT,
    CONFIG,
    DEFAULT
  }

  /** The engine at {@code uri}, without TLS, as if {@code DOCKER_HOST} named it. */
  public static EngineAddress at(URI uri) {
    return new EngineAddress(uri, Source.DOCKER_HOST, null, null, null);
  }

  /** The address the {@code docker} CLI would use, given these environment variables. */
  public static EngineAddress fromEnvironment(java.util.Map<String, String> environment) {
    return EngineLocator.fromEnvironment(environment).locate();
  }

  /** The address the {@code docker} CLI would use here (with docklab's {@code --context}). */
  public static EngineAddress fromEnvironment() {
    return EngineLocator.fromEnvironment().locate();
  }

  public boolean fromDockerHost() {
    return source == Source.DOCKER_HOST;
  }

  public boolean isUnixSocket() {
    return "unix".equals(uri.getScheme());
  }

  public boolean isSsh() {
    return "ssh".equals(uri.getScheme());
  }

  /** The socket file of a {@code unix://} address. */
  public Path socketPath() {
    return Path.of(uri.getPath());
  }

  /** Why nothing can answer at this address before even trying, or null when it may. */
  String reasonNotReachable() {
    if (problem != null) {
      return problem;
    }
    if (isUnixSocket()) {
      Path socket = socketPath();
      if (!Files.exists(socket)) {
        return "no socket at " + socket;
      }
      if (!Files.isReadable(socket) || !Files.isWritable(socket)) {
        return "permission denied on " + socket;
      }
    }
    if (tls != null) {
      for (String file : new String[] {"ca.pem", "cert.pem", "key.pem"}) {
        if (!Files.isReadable(tls.resolve(file))) {
          return "no " + file + " in " + tls;
        }
      }
    }
    return null;
  }

  @Override
  public String toString() {
    return problem != null && context != null ? "context " + context : uri.toString();
  }
}
