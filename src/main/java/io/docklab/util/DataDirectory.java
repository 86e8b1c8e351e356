package io.docklab.util;

import java.nio.file.Path;
import java.util.Map;

/** Where docklab keeps its own files: {@code $DOCKLAB_HOME}, else the XDG data directory. */
public final class DataDirectory {
  private DataDirectory() {}

  public static Path resolve() {
    return resolve(System.getenv(), System.getProperty("user.home"));
  }

  static Path resolve(Map<String, String> environment, String home) {
    String docklabHome = environment.get("DOCKLAB_HOME");
    if (docklabHome != null && !docklabHome.isBlank()) {
      return Path.of(docklabHome);
    }
    String xdgData = environment.get("XDG_DATA_HOME");
    if (xdgData != null && !xdgData.isBlank()) {
      return Path.of(xdgData, "docklab");
    }
    return Path.of(home, ".local", "share", "docklab");
  }
}
