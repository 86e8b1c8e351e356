package io.docklab.exec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Signals a started program together with its process group, as a terminal does on Ctrl-C. When the
 * program does not lead a group of its own, only the program (and its children) are signalled,
 * never the group docklab itself belongs to.
 */
final class ProcessGroup {
  private ProcessGroup() {}

  /** Sends SIGINT to the program's group. */
  static void interrupt(Process process) {
    signal(process, "INT");
  }

  /**
   * Sends SIGHUP to the program's group, as closing its terminal window would: {@code docker run
   * -ti} passes it on to the container's shell, which then ends (a killed CLI would leave it
   * running).
   */
  static void hangUp(Process process) {
    signal(process, "HUP");
  }

  /** Sends SIGKILL to the program's group and to every descendant it still has. */
  static void kill(Process process) {
    // Not process.descendants(): a pty4j process has no ProcessHandle of its own.
    List<ProcessHandle> descendants =
        ProcessHandle.of(process.pid())
            .map(handle -> handle.descendants().toList())
            .orElse(List.of());
    signal(process, "KILL");
    descendants.forEach(ProcessHandle::destroyForcibly);
    process.destroyForcibly();
  }

  private static void signal(Process process, String signal) {
    if (!process.isAlive()) {
      return;
    }
    long pid = process.pid();
    String target = leadsItsGroup(pid) ? "-" + pid : Long.toString(pid);
    try {
      Process kill = new ProcessBuilder("kill", "-" + signal, "--", target).start();
      kill.waitFor(5, TimeUnit.SECONDS);
    } catch (IOException noKill) {
      process.destroy();
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  /** True when {@code pid} is its process group's leader (read from /proc on Linux). */
  static boolean leadsItsGroup(long pid) {
    try {
      String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
      String[] afterName = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      return Long.parseLong(afterName[2]) == pid; // state, parent, process group
    } catch (IOException | RuntimeException unknown) {
      return false;
    }
  }
}
