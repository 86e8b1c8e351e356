package io.docklab.docker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.docklab.docker.EngineAddress.Source;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The engine found as the docker CLI finds it, step by step down its order. */
class EngineLocatorTest {
  @TempDir Path home;
  private Path config;
  private final Map<String, String> environment = new HashMap<>();

  @BeforeEach
  void contexts() throws Exception {
    config = home.resolve("docker-config");
    environment.put("DOCKER_CONFIG", config.toString());
    ContextFiles.write(config, "class", "tcp://10.0.0.5:2376");
    ContextFiles.write(config, "remote", "ssh://learner@server.example:2222");
    ContextFiles.current(config, "remote");
  }

  private EngineAddress locate(String option) {
    return new EngineLocator(environment, home, option).locate();
  }

  @Test
  void theContextNamesHashToTheDockerCliDirectories() {
    // As `docker context create class` names it: sha256 of the name, in hex.
    assertEquals(
        "0889113e04d3203f0c401c17c0fd8b352b740dc607433779d3edcaa13320b001",
        EngineLocator.sha256("class"));
    assertEquals(
        "37a8eec1ce19687d132fe29051dca629d164e2c4958ba141d5f4133a33f0688f",
        EngineLocator.sha256("default"));
  }

  @Test
  void theCurrentContextOfTheConfigurationComesLast() {
    EngineAddress address = locate(null);
    assertEquals("ssh://learner@server.example:2222", address.toString());
    assertEquals(Source.CONFIG, address.source());
    assertEquals("remote", address.context());
    assertTrue(address.isSsh());
  }

  @Test
  void dockerContextComesBeforeTheConfiguration() {
    environment.put("DOCKER_CONTEXT", "class");
    EngineAddress address = locate(null);
    assertEquals("tcp://10.0.0.5:2376", address.toString());
    assertEquals(Source.DOCKER_CONTEXT, address.source());
  }

  @Test
  void dockerHostComesBeforeDockerContext() {
    environment.put("DOCKER_CONTEXT", "class");
    environment.put("DOCKER_HOST", "unix:///run/user/1000/docker.sock");
    EngineAddress address = locate(null);
    assertEquals("unix:///run/user/1000/docker.sock", address.toString());
    assertEquals(Source.DOCKER_HOST, address.source());
    assertNull(address.tls());
  }

  @Test
  void theOptionComesFirst() {
    environment.put("DOCKER_HOST", "unix:///run/user/1000/docker.sock");
    EngineAddress address = locate("class");
    assertEquals("tcp://10.0.0.5:2376", address.toString());
    assertEquals(Source.OPTION, address.source());
  }

  @Test
  void theDefaultContextIsDockerHostOrTheSocket() {
    assertEquals(EngineAddress.DEFAULT, locate("default").toString());
    environment.put("DOCKER_HOST", "tcp://127.0.0.1:2375");
    assertEquals("tcp://127.0.0.1:2375", locate("default").toString());
  }

  @Test
  void withNothingSetTheDefaultSocketIsUsed() throws Exception {
    Files.delete(config.resolve("config.json"));
    EngineAddress address = locate(null);
    assertEquals(EngineAddress.DEFAULT, address.toString());
    assertEquals(Source.DEFAULT, address.source());
  }

  @Test
  void anUnknownContextIsNamedNotGuessed() {
    EngineAddress address = locate("nowhere");
    assertEquals("context nowhere", address.toString());
    assertEquals(
        "context \"nowhere\" not found in " + config.resolve("contexts"),
        address.reasonNotReachable());
  }

  @Test
  void dockerTlsVerifyUsesTheCertificatePath() {
    environment.put("DOCKER_HOST", "tcp://127.0.0.1:2376");
    environment.put("DOCKER_TLS_VERIFY", "1");
    assertEquals(config, locate(null).tls());
    environment.put("DOCKER_CERT_PATH", home.resolve("certs").toString());
    assertEquals(home.resolve("certs"), locate(null).tls());
    assertEquals("no ca.pem in " + home.resolve("certs"), locate(null).reasonNotReachable());
  }

  @Test
  void aContextWithTlsMaterialUsesIt() throws Exception {
    Path certificates = Files.createDirectories(home.resolve("made"));
    for (String file : List.of("ca.pem", "cert.pem", "key.pem")) {
      Files.writeString(certificates.resolve(file), "x");
    }
    Path tls = ContextFiles.tls(config, "class", certificates);
    assertEquals(tls, locate("class").tls());
    assertNull(locate("remote").tls());
  }

  @Test
  void sshRunsDialStdioWithTheUserAndPort() {
    assertEquals(
        List.of(
            "ssh",
            "-T",
            "-o",
            "ConnectTimeout=30",
            "-l",
            "learner",
            "-p",
            "2222",
            "-i",
            "k",
            "--",
            "server.example",
            "docker",
            "system",
            "dial-stdio"),
        SshTunnel.command(locate(null).uri(), " -i  k "));
  }
}
