package io.docklab.docker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.docklab.docker.EngineAddress.Source;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real engine reached the ways the docker CLI reaches one: a context in the configuration, TCP
 * with TLS and client certificates, and ssh. The TLS endpoint is a proxy in this process in front
 * of {@code /var/run/docker.sock} that demands client certificates (a second dockerd would need its
 * own containerd and network set-up on the machine that the other tests share); the ssh endpoint is
 * an sshd of the test's own on 127.0.0.1:22461.
 */
@Timeout(120)
class EngineAddressIT {
  private static final int SSH_PORT = 22461;
  private static final int TLS_PORT = 22462;
  @TempDir Path temp;

  private EngineAddress locate(Map<String, String> environment, String option) {
    return new EngineLocator(environment, temp, option).locate();
  }

  /** Connects, asks something real (the containers), and says which engine version answered. */
  private static String use(EngineAddress address, Map<String, String> environment) {
    try (DockerEngine engine = DockerEngine.connect(address, environment)) {
      assertNotNull(engine.client().listContainersCmd().withShowAll(true).exec());
      return engine.serverVersion();
    }
  }

  @Test
  void aContextOfTheConfigurationNamesTheEngine() throws Exception {
    Path config = temp.resolve("docker");
    String name = "docklab-it-" + Long.toHexString(System.nanoTime());
    ContextFiles.write(config, name, "unix:///var/run/docker.sock");
    ContextFiles.current(config, name);
    Map<String, String> environment = Map.of("DOCKER_CONFIG", config.toString());
    EngineAddress current = locate(environment, null);
    assertEquals(Source.CONFIG, current.source());
    assertEquals(name, current.context());
    assertFalse(use(current, environment).isBlank());

    ContextFiles.write(config, "other", "unix:///tmp/docklab-it-no-such.sock");
    EngineAddress other = locate(environment, "other");
    EngineUnreachableException unreachable =
        assertThrows(EngineUnreachableException.class, () -> use(other, environment));
    assertEquals("no socket at /tmp/docklab-it-no-such.sock", unreachable.reason());
  }

  @Test
  void tcpWithTlsAndClientCertificates() throws Exception {
    Path certificates = TestCertificates.make(temp);
    try (TlsProxy proxy = new TlsProxy(certificates, TLS_PORT)) {
      String host = "tcp://127.0.0.1:" + TLS_PORT;
      Map<String, String> environment =
          Map.of(
              "DOCKER_HOST",
              host,
              "DOCKER_TLS_VERIFY",
              "1",
              "DOCKER_CERT_PATH",
              certificates.toString());
      EngineAddress address = locate(environment, null);
      assertEquals(certificates, address.tls());
      assertFalse(use(address, environment).isBlank());

      // The same engine through a context with its TLS material, as `docker context create`.
      Path config = temp.resolve("docker");
      ContextFiles.write(config, "tls", host);
      ContextFiles.tls(config, "tls", certificates);
      Map<String, String> contexts = Map.of("DOCKER_CONFIG", config.toString());
      assertFalse(use(locate(contexts, "tls"), contexts).isBlank());

      // Without a client certificate the engine is not reached.
      Map<String, String> plain = Map.of("DOCKER_HOST", host);
      assertThrows(EngineUnreachableException.class, () -> use(locate(plain, null), plain));
    }
  }

  @Test
  void sshRunsDialStdioOnTheRemoteMachine() throws Exception {
    try (TestSshd sshd = new TestSshd(temp, SSH_PORT)) {
      String user = System.getProperty("user.name");
      Map<String, String> environment =
          Map.of(
              "DOCKER_HOST",
              "ssh://" + user + "@127.0.0.1:" + SSH_PORT,
              SshTunnel.OPTIONS,
              sshd.clientOptions());
      EngineAddress address = locate(environment, null);
      assertEquals("ssh", address.uri().getScheme());
      String version;
      try {
        version = use(address, environment);
      } catch (RuntimeException failed) {
        throw new AssertionError("sshd log:\n" + sshd.log(), failed);
      }
      assertFalse(version.isBlank());
    }
  }
}
