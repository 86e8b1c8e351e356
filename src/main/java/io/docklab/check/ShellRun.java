package io.docklab.check;

import io.docklab.exec.OutputTail;
import io.docklab.util.ExternalCommand;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a program to its end with empty input, its output and error output kept apart, within a time
 * bound; a program still running at the bound is killed with everything it started.
 */
final class ShellRun {
  private static final File NO_INPUT = new File("/dev/null");
  private static final boolean SETSID = ExternalCommand.onPath("setsid");

  private ShellRun() {}

  /** How the program ended and what it printed. */
  record Outcome(int exitCode, String stdout, String stderr, boolean timedOut) {}

  static Outcome run(List<String> command, Path directory, Duration timeout)
      throws IOException, InterruptedException {
    List<String> inNewSession = new ArrayList<>();
    if (SETSID) {
      inNewSession.add("setsid"); // So that a timeout can end the whole process group.
    }
    inNewSession.addAll(command);
    Process process =
        new ProcessBuilder(inNewSession)
            .directory(directory.toFile())
            .redirectInput(ProcessBuilder.Redirect.from(NO_INPUT))
            .start();
    OutputTail stdout = new OutputTail();
    OutputTail stderr = new OutputTail();
    Thread out = drain(process.getInputStream(), stdout);
    Thread err = drain(process.getErrorStream(), stderr);
    boolean ended = false;
    try {
      ended = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } finally {
      if (!ended) {
        kill(process);
      }
    }
    out.join(2000);
    err.join(2000);
    return new Outcome(ended ? process.exitValue() : -1, stdout.text(), stderr.text(), !ended);
  }

  private static Thread drain(InputStream from, OutputTail into) {
    Thread thread =
        new Thread(
            () -> {
              try (from) {
                from.transferTo(into);
              } catch (IOException closed) {
                // The program ended or was killed: what was read is kept.
              }
            },
            "docklab-check-output");
    thread.setDaemon(true);
    thread.start();
    return thread;
  }

  private static void kill(Process process) {
    List<ProcessHandle> descendants = process.descendants().toList();
    if (SETSID) {
      try {
        new ProcessBuilder("kill", "-KILL", "--", "-" + process.pid())
            .start()
            .waitFor(5, TimeUnit.SECONDS);
      } catch (IOException noKill) {
        // Fall back to killing what is known below.
      } catch (InterruptedException interrupted) {
        Thread.currentThread().interrupt();
      }
    }
    descendants.forEach(ProcessHandle::destroyForcibly);
    process.destroyForcibly();
  }
}
