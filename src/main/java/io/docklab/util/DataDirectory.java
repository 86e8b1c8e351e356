package io.docklab.util;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Optional;

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

  /**
   * Why docklab cannot keep its files in {@code data} (created if missing): a directory that cannot
   * be made or written, such as one left to root by a run with sudo, or on a read-only file system.
   * Empty when a file can be written there.
   */
  public static Optional<String> unwritable(Path data) {
    try {
      Files.createDirectories(data);
      Path probe = Files.createTempFile(data, ".docklab-", ".probe");
      Files.delete(probe);
      return Optional.empty();
    } catch (IOException e) {
      return Optional.of(FileFaults.describe(e));
    } catch (RuntimeException e) {
      return Optional.of(String.valueOf(e.getMessage()));
    }
  }

  /**
   * A fresh directory only this user can enter (mode 0700 where the file system has modes) under
   * the system's temporary directory, for the files docklab cannot keep in its data directory;
   * removed when docklab ends if nothing was put in it. Empty when none can be made.
   */
  public static Optional<Path> privateTemporary() {
    try {
      Path directory;
      try {
        directory =
            Files.createTempDirectory(
                "docklab-",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
      } catch (UnsupportedOperationException noModes) {
        directory = Files.createTempDirectory("docklab-");
      }
      directory.toFile().deleteOnExit(); // Only if still empty: the learner's files stay.
      return Optional.of(directory.toAbsolutePath());
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }
}
