package io.docklab.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A registry on the local network without TLS: HTTPS fails, plain HTTP answers. */
@Timeout(30)
class PlainHttpFallbackTest {
  @Test
  void theManifestIsFoundOverPlainHttpAfterTlsFails() throws Exception {
    try (PlainHttpRegistry registry = new PlainHttpRegistry(Map.of("v1", "sha256:one"))) {
      RegistryClient client = registry.client();
      RegistryResponse found = client.manifest(PlainHttpRegistry.NAME, "learner/app", "v1", null);
      assertEquals(200, found.status());
      assertEquals("sha256:one", found.digest());
      assertEquals(
          404, client.manifest(PlainHttpRegistry.NAME, "learner/app", "v2", null).status());
    }
  }

  @Test
  void withoutAFallbackTheTlsFailureIsReported() throws Exception {
    try (PlainHttpRegistry registry = new PlainHttpRegistry(Map.of("v1", "sha256:one"))) {
      RegistryAddress httpsOnly = new RegistryAddress(registry.https(), Optional.empty());
      RegistryClient strict = new RegistryClient(PlainHttpRegistry.HANDSHAKE, name -> httpsOnly);
      assertThrows(
          IOException.class,
          () -> strict.manifest(PlainHttpRegistry.NAME, "learner/app", "v1", null));
    }
  }
}
