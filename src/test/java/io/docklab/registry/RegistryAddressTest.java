package io.docklab.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class RegistryAddressTest {
  /** As if {@code classroom.lan} and 192.168.1.20 were on the local network, nothing else. */
  private static final Predicate<String> LAN = Set.of("classroom.lan", "192.168.1.20")::contains;

  @Test
  void dockerHubIsAnsweredAtItsApiHost() {
    RegistryAddress hub = RegistryAddress.of("docker.io", LAN);
    assertEquals(URI.create("https://registry-1.docker.io/"), hub.first());
    assertEquals(Optional.empty(), hub.fallback());
    assertEquals(hub, RegistryAddress.of("index.docker.io", LAN));
  }

  @Test
  void loopbackIsPlainHttpAtOnce() {
    assertEquals(plainOnly("http://127.0.0.1:5000/"), RegistryAddress.of("127.0.0.1:5000", LAN));
    assertEquals(plainOnly("http://localhost:5000/"), RegistryAddress.of("localhost:5000", LAN));
    assertEquals(plainOnly("http://[::1]:5000/"), RegistryAddress.of("[::1]:5000", LAN));
  }

  @Test
  void aRegistryOnTheLocalNetworkFallsBackToPlainHttp() {
    RegistryAddress classroom = RegistryAddress.of("192.168.1.20:5000", LAN);
    assertEquals(URI.create("https://192.168.1.20:5000/"), classroom.first());
    assertEquals(Optional.of(URI.create("http://192.168.1.20:5000/")), classroom.fallback());
    assertEquals(
        Optional.of(URI.create("http://classroom.lan/")),
        RegistryAddress.of("classroom.lan", LAN).fallback());
  }

  @Test
  void aRegistryElsewhereIsHttpsOnly() {
    RegistryAddress ghcr = RegistryAddress.of("ghcr.io", LAN);
    assertEquals(URI.create("https://ghcr.io/"), ghcr.first());
    assertEquals(Optional.empty(), ghcr.fallback());
  }

  @Test
  void aSchemeWrittenIsKept() {
    assertEquals(
        new RegistryAddress(URI.create("https://r.example:8443/"), Optional.empty()),
        RegistryAddress.of("https://r.example:8443//", LAN));
  }

  @Test
  void privateLoopbackAndLinkLocalAddressesAreTheLocalNetwork() {
    assertTrue(RegistryAddress.onLocalNetwork("10.1.2.3"));
    assertTrue(RegistryAddress.onLocalNetwork("172.20.0.5"));
    assertTrue(RegistryAddress.onLocalNetwork("192.168.1.20"));
    assertTrue(RegistryAddress.onLocalNetwork("169.254.1.1"));
    assertTrue(RegistryAddress.onLocalNetwork("[fd00::1]"));
    assertTrue(RegistryAddress.onLocalNetwork("127.0.0.1"));
    assertFalse(RegistryAddress.onLocalNetwork("8.8.8.8"));
  }

  private static RegistryAddress plainOnly(String uri) {
    return new RegistryAddress(URI.create(uri), Optional.empty());
  }
}
