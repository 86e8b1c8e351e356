package io.docklab.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegistryCredentialsTest {
  @TempDir Path home;

  @Test
  void theLabRegistryUsesTheLearnerAccount() {
    RegistryCredentials credentials = RegistryCredentials.fromEnvironment(Map.of(), home);
    assertEquals(Optional.of(base64("learner:docklab")), credentials.basicFor("127.0.0.1:5000"));
  }

  @Test
  void otherRegistriesUseWhatDockerLoginSaved() throws Exception {
    Path config = Files.createDirectories(home.resolve("elsewhere"));
    Files.writeString(
        config.resolve("config.json"),
        "{\"auths\": {\"registry.example.com\": {\"auth\": \""
            + base64("ada:secret")
            + "\"}, \"https://index.docker.io/v1/\": {\"auth\": \""
            + base64("hub:pw")
            + "\"}}}");
    RegistryCredentials credentials =
        RegistryCredentials.fromEnvironment(Map.of("DOCKER_CONFIG", config.toString()), home);
    assertEquals(Optional.of(base64("ada:secret")), credentials.basicFor("registry.example.com"));
    assertEquals(Optional.of(base64("hub:pw")), credentials.basicFor("docker.io"));
    assertTrue(credentials.basicFor("other.example.com").isEmpty());
  }

  @Test
  void theHomeConfigWhenDockerConfigIsNotSet() throws Exception {
    Path config = Files.createDirectories(home.resolve(".docker"));
    Files.writeString(
        config.resolve("config.json"),
        "{\"auths\": {\"r.example.com:443\": {\"auth\": \"" + base64("a:b") + "\"}}}");
    assertEquals(
        Optional.of(base64("a:b")),
        RegistryCredentials.fromEnvironment(Map.of(), home).basicFor("r.example.com:443"));
  }

  @Test
  void noOrBrokenConfigMeansNoCredentials() throws Exception {
    RegistryCredentials none = RegistryCredentials.fromEnvironment(Map.of(), home);
    assertTrue(none.basicFor("registry.example.com").isEmpty());
    Path config = Files.createDirectories(home.resolve(".docker"));
    Files.writeString(config.resolve("config.json"), "{not json");
    assertTrue(none.basicFor("registry.example.com").isEmpty());
  }

  private static String base64(String text) {
    return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }
}
