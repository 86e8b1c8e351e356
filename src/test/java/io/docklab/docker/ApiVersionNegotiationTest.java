package io.docklab.docker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ApiVersionNegotiationTest {
  @Test
  void debianDocker20SpeaksItsOwnVersion() {
    assertEquals("1.41", ApiVersionNegotiation.choose("1.41", "1.12").getVersion());
  }

  @Test
  void docker29IsCappedAtTheNewestDockerJavaKnows() {
    assertEquals("1.44", ApiVersionNegotiation.choose("1.52", "1.44").getVersion());
  }

  @Test
  void anEngineWithoutAMinimumIsFine() {
    assertEquals("1.43", ApiVersionNegotiation.choose("1.43", null).getVersion());
  }

  @Test
  void anEngineThatRefusesEverythingDockerJavaSpeaksIsReported() {
    IllegalStateException refused =
        assertThrows(
            IllegalStateException.class, () -> ApiVersionNegotiation.choose("1.60", "1.50"));
    assertEquals(
        "the engine needs API 1.50 or newer, and docklab speaks at most 1.44",
        refused.getMessage());
  }
}
