package io.docklab.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.docklab.i18n.Messages;
import io.docklab.registry.PlainHttpRegistry;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A classroom registry on plain HTTP is cleaned as it is checked: the cleanup goes through the
 * registry client's fallback (it used to try HTTPS only and fail on TLS).
 */
@Timeout(30)
class RegistryCleanupFallbackTest {
  @TempDir Path home;

  @Test
  void aPlainHttpRegistryOnTheLocalNetworkIsCleaned() throws Exception {
    Messages.use(Locale.ENGLISH);
    Map<String, String> tags = Map.of("v1", "sha256:one", "v2", "sha256:one", "v3", "sha256:two");
    try (PlainHttpRegistry registry = new PlainHttpRegistry(tags)) {
      List<String> removed = new ArrayList<>();
      List<String> problems = new ArrayList<>();
      new RegistryCleanup(
              registry.client(),
              RegistryCredentials.fromEnvironment(Map.of(), home),
              removed,
              problems)
          .clean(PlainHttpRegistry.NAME + "/learner/app");
      assertEquals(List.of(), problems);
      assertEquals(Map.of(), registry.tags());
      assertEquals(3, removed.size(), removed.toString());
      assertEquals(
          Messages.get("cleanup.removed.registryTag", PlainHttpRegistry.NAME + "/learner/app:v1"),
          removed.get(0));
    }
  }
}
