package io.docklab.docker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class EngineAddressTest {
  @Test
  void withoutDockerHostTheDefaultSocketIsUsed() {
    EngineAddress address = EngineAddress.fromEnvironment(Map.of());
    assertEquals("unix:///var/run/docker.sock", address.toString());
    assertFalse(address.fromDockerHost());
  }

  @Test
  void dockerHostIsHonoured() {
    EngineAddress address =
        EngineAddress.fromEnvironment(Map.of("DOCKER_HOST", "tcp://127.0.0.1:2375"));
    assertEquals("tcp://127.0.0.1:2375", address.toString());
    assertTrue(address.fromDockerHost());
    assertNull(address.reasonNotReachable());
  }

  @Test
  void aMissingSocketIsNamed() {
    EngineAddress address =
        EngineAddress.fromEnvironment(Map.of("DOCKER_HOST", "unix:///tmp/docklab-no-such.sock"));
    assertEquals("no socket at /tmp/docklab-no-such.sock", address.reasonNotReachable());
  }
}
