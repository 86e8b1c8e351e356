package io.docklab.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.docklab.service.LocalRegistry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;

/**
 * The account docklab uses on a registry: the learner account on the lab's own registry, else the
 * one {@code docker login} saved in the Docker configuration ({@code $DOCKER_CONFIG/config.json},
 * else {@code ~/.docker/config.json}, key {@code auths.<registry>.auth}). Credential helpers
 * ({@code credsStore}) are not asked.
 */
final class RegistryCredentials {
  private static final String HUB_KEY = "https://index.docker.io/v1/";

  private final Path configFile;

  RegistryCredentials(Path configFile) {
    this.configFile = configFile;
  }

  /** The configuration the docker CLI reads, given these environment variables and home. */
  static RegistryCredentials fromEnvironment(Map<String, String> environment, Path home) {
    String directory = environment.get("DOCKER_CONFIG");
    Path config =
        directory == null || directory.isBlank() ? home.resolve(".docker") : Path.of(directory);
    return new RegistryCredentials(config.resolve("config.json"));
  }

  static RegistryCredentials fromEnvironment() {
    return fromEnvironment(System.getenv(), Path.of(System.getProperty("user.home")));
  }

  /** The value of a Basic {@code Authorization} header for {@code registry}, if docklab has one. */
  Optional<String> basicFor(String registry) {
    if (registry.equals(LocalRegistry.ADDRESS)) {
      return Optional.of(encode(LocalRegistry.ACCOUNT + ":" + LocalRegistry.PASSWORD));
    }
    return saved(registry)
        .or(() -> registry.equals("docker.io") ? saved(HUB_KEY) : Optional.empty());
  }

  private Optional<String> saved(String key) {
    if (!Files.isRegularFile(configFile)) {
      return Optional.empty();
    }
    try {
      JsonNode auth = new ObjectMapper().readTree(configFile.toFile()).path("auths").path(key);
      String encoded = auth.path("auth").asText("");
      return encoded.isBlank() ? Optional.empty() : Optional.of(encoded);
    } catch (IOException unreadable) {
      return Optional.empty(); // As if there were none: the registry then says it refuses.
    }
  }

  private static String encode(String credentials) {
    return Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
  }
}
