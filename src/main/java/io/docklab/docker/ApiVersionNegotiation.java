package io.docklab.docker;

import com.github.dockerjava.core.RemoteApiVersion;

/**
 * Picks the Docker API version both sides speak: the engine's own version, capped at the newest
 * docker-java knows, and never below the engine's minimum (Docker 25+ refuses old versions;
 * Debian's Docker 20.10 speaks at most 1.41).
 */
final class ApiVersionNegotiation {
  /** The newest API version docker-java 3.7 models. */
  static final RemoteApiVersion CLIENT_MAX = RemoteApiVersion.VERSION_1_44;

  private ApiVersionNegotiation() {}

  /**
   * @param engineVersion the engine's {@code ApiVersion} from {@code GET /version}
   * @param engineMinimum the engine's {@code MinAPIVersion}, or null when it gives none
   * @throws IllegalStateException when the engine accepts nothing docker-java speaks
   */
  static RemoteApiVersion choose(String engineVersion, String engineMinimum) {
    RemoteApiVersion engine = RemoteApiVersion.parseConfig(engineVersion);
    RemoteApiVersion chosen = engine.isGreater(CLIENT_MAX) ? CLIENT_MAX : engine;
    if (engineMinimum != null && !engineMinimum.isBlank()) {
      RemoteApiVersion minimum = RemoteApiVersion.parseConfig(engineMinimum);
      if (minimum.isGreater(chosen)) {
        throw new IllegalStateException(
            "the engine needs API "
                + minimum.getVersion()
                + " or newer, and docklab speaks at most "
                + CLIENT_MAX.getVersion());
      }
    }
    return chosen;
  }
}
