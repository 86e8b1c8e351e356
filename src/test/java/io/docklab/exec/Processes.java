package io.docklab.exec;

import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;

/** What tests see of processes through /proc. */
final class Processes {
  private Processes() {}

  /** True when {@code pid} still runs 3 s on (a killed child not yet reaped does not run). */
  static boolean runsAfterAMoment(long pid) throws Exception {
    Path stat = Path.of("/proc", Long.toString(pid), "stat");
    long deadline = System.nanoTime() + Duration.ofSeconds(3).toNanos();
    while (System.nanoTime() < deadline) {
      try {
        String fields = Files.readString(stat);
        if (fields.substring(fields.lastIndexOf(')') + 2).startsWith("Z")) {
          return false;
        }
      } catch (NoSuchFileException gone) {
        return false;
      }
      Thread.sleep(50);
    }
    return true;
  }
}
