package io.docklab.util;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;

/**
 * Runs a program of the host (debootstrap, htpasswd) to its end, handing each line it prints to a
 * listener and keeping the last lines for the error message when it fails.
 */
public final class ExternalCommand {
  private static final int TAIL_LINES = 15;

  private ExternalCommand() {}

  /** The result of a finished program. */
  public record Result(int exitCode, String tail) {
    public boolean succeeded() {
      return exitCode == 0;
    }
  }

  public static Result run(List<String> command, Consumer<String> eachLine) {
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
    Deque<String> tail = new ArrayDeque<>();
    try {
      Process process = builder.start();
      try (BufferedReader output =
          new BufferedReader(
              new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
        String line;
        while ((line = output.readLine()) != null) {
          eachLine.accept(line);
          tail.addLast(line);
          if (tail.size() > TAIL_LINES) {
            tail.removeFirst();
          }
        }
      }
      return new Result(process.waitFor(), String.join("\n", tail));
    } catch (IOException notStarted) {
      return new Result(127, command.get(0) + ": " + notStarted.getMessage());
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      return new Result(130, "interrupted");
    }
  }

  /** True when {@code program} is an executable on PATH. */
  public static boolean onPath(String program) {
    String path = System.getenv().getOrDefault("PATH", "/usr/local/bin:/usr/bin:/bin");
    for (String directory : path.split(java.io.File.pathSeparator)) {
      if (java.nio.file.Files.isExecutable(java.nio.file.Path.of(directory, program))) {
        return true;
      }
    }
    return false;
  }
}
