package io.docklab.docker;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.docklab.docker.EngineAddress.Source;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

/**
 * Finds the engine as the docker CLI does: the {@code --context} option, else {@code DOCKER_HOST}
 * (with {@code DOCKER_TLS_VERIFY} and {@code DOCKER_CERT_PATH}), else {@code DOCKER_CONTEXT}, else
 * {@code currentContext} in {@code config.json} of {@code $DOCKER_CONFIG} (default {@code
 * ~/.docker}), else the default socket. A context is read from {@code contexts/meta/<sha256 of its
 * name>/meta.json} ({@code Endpoints.docker.Host}), its TLS material from {@code
 * contexts/tls/<sha256 of its name>/docker/}. The context {@code default} is {@code DOCKER_HOST} or
 * the default socket.
 */
public final class EngineLocator {
  private static final String DEFAULT_CONTEXT = "default";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static volatile String contextOption;

  private final Map<String, String> environment;
  private final Path configDirectory;
  private final String option;

  EngineLocator(Map<String, String> environment, Path home, String option) {
    this.environment = environment;
    String config = environment.get("DOCKER_CONFIG");
    this.configDirectory =
        config == null || config.isBlank() ? home.resolve(".docker") : Path.of(config);
    this.option = option;
  }

  /** docklab's {@code --context NAME}: the context to use whatever the environment says. */
  public static void useContext(String name) {
    contextOption = name == null || name.isBlank() ? null : name.strip();
  }

  static EngineLocator fromEnvironment(Map<String, String> environment) {
    return new EngineLocator(environment, Path.of(System.getProperty("user.home")), contextOption);
  }

  static EngineLocator fromEnvironment() {
    return fromEnvironment(System.getenv());
  }

  public EngineAddress locate() {
    if (option != null) {
      return context(option, Source.OPTION);
    }
    String dockerHost = environment.get("DOCKER_HOST");
    if (dockerHost != null && !dockerHost.isBlank()) {
      return fromDockerHost(dockerHost.strip(), Source.DOCKER_HOST);
    }
    String named = environment.get("DOCKER_CONTEXT");
    if (named != null && !named.isBlank()) {
      return context(named.strip(), Source.DOCKER_CONTEXT);
    }
    String current = currentContext();
    if (current != null) {
      return context(current, Source.CONFIG);
    }
    return new EngineAddress(URI.create(EngineAddress.DEFAULT), Source.DEFAULT, null, null, null);
  }

  private EngineAddress fromDockerHost(String host, Source source) {
    String verify = environment.get("DOCKER_TLS_VERIFY");
    Path tls = null;
    if (verify != null && !verify.isBlank() && !verify.equals("0")) {
      String certPath = environment.get("DOCKER_CERT_PATH");
      tls = certPath == null || certPath.isBlank() ? configDirectory : Path.of(certPath);
    }
    return new EngineAddress(URI.create(host), source, null, tls, null);
  }

  private EngineAddress context(String name, Source source) {
    if (name.equals(DEFAULT_CONTEXT)) {
      String dockerHost = environment.get("DOCKER_HOST");
      return dockerHost == null || dockerHost.isBlank()
          ? new EngineAddress(URI.create(EngineAddress.DEFAULT), source, name, null, null)
          : fromDockerHost(dockerHost.strip(), source);
    }
    String id = sha256(name);
    Path meta =
        configDirectory.resolve("contexts").resolve("meta").resolve(id).resolve("meta.json");
    String host;
    try {
      host = JSON.readTree(meta.toFile()).path("Endpoints").path("docker").path("Host").asText("");
    } catch (IOException unreadable) {
      host = "";
    }
    if (host.isBlank()) {
      String problem =
          Files.exists(meta)
              ? "context \"" + name + "\" names no engine (" + meta + ")"
              : "context \"" + name + "\" not found in " + configDirectory.resolve("contexts");
      return new EngineAddress(URI.create(EngineAddress.DEFAULT), source, name, null, problem);
    }
    Path tls = configDirectory.resolve("contexts").resolve("tls").resolve(id).resolve("docker");
    boolean hasTls = Files.isRegularFile(tls.resolve("ca.pem"));
    return new EngineAddress(URI.create(host), source, name, hasTls ? tls : null, null);
  }

  /** {@code currentContext} of {@code config.json}, or null when none is set. */
  private String currentContext() {
    Path config = configDirectory.resolve("config.json");
    if (!Files.isRegularFile(config)) {
      return null;
    }
    try {
      JsonNode current = JSON.readTree(config.toFile()).path("currentContext");
      String name = current.asText("");
      return name.isBlank() ? null : name;
    } catch (IOException unreadable) {
      return null; // As the docker CLI, which then names the file: docklab uses the default.
    }
  }

  static String sha256(String name) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(name.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException(impossible);
    }
  }
}
