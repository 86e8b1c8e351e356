package io.docklab.util;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DataDirectoryTest {
  @Test
  void docklabHomeComesFirst() {
    assertEquals(
        Path.of("/srv/lab"),
        DataDirectory.resolve(
            Map.of("DOCKLAB_HOME", "/srv/lab", "XDG_DATA_HOME", "/x"), "/home/a"));
  }

  @Test
  void thenTheXdgDataDirectory() {
    assertEquals(
        Path.of("/x/docklab"), DataDirectory.resolve(Map.of("XDG_DATA_HOME", "/x"), "/home/a"));
  }

  @Test
  void elseTheUsualPlaceInHome() {
    assertEquals(
        Path.of("/home/a/.local/share/docklab"), DataDirectory.resolve(Map.of(), "/home/a"));
  }
}
