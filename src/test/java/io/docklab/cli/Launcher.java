package io.docklab.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs the built {@code bin/docklab} launcher as a separate process, as a person would. */
final class Launcher {
  private static final Path LAUNCHER =
      Path.of(System.getProperty("docklab.launcher", "bin/docklab")).toAbsolutePath();

  record Run(int exitCode, String output) {}

  /** Runs the launcher; an empty value in {@code environment} unsets that variable. */
  static Run run(Map<String, String> environment, String... arguments)
      throws IOException, InterruptedException {
    return run(Duration.ofSeconds(120), environment, arguments);
  }

  /** Runs the launcher for at most {@code timeout}, then kills it and fails. */
  static Run run(Duration timeout, Map<String, String> environment, String... arguments)
      throws IOException, InterruptedException {
    Path log = Files.createTempFile("docklab-launcher-", ".log");
    try {
      Process process = start(log, environment, arguments);
      if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        process.destroyForcibly();
        throw new AssertionError(
            "docklab "
                + String.join(" ", arguments)
                + " did not finish in "
                + timeout
                + ":\n"
                + Files.readString(log, StandardCharsets.UTF_8));
      }
      return new Run(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(log);
    }
  }

  /**
   * Starts the launcher with its output (standard and error) going to {@code log}; the process is
   * the JVM itself ({@code bin/docklab} execs java), so a signal sent to it reaches docklab.
   */
  static Process start(Path log, Map<String, String> environment, String... arguments)
      throws IOException {
    List<String> command = new ArrayList<>();
    command.add(LAUNCHER.toString());
    command.addAll(List.of(arguments));
    ProcessBuilder builder =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    environment.forEach(
        (name, value) -> {
          if (value.isEmpty()) {
            builder.environment().remove(name);
          } else {
            builder.environment().put(name, value);
          }
        });
    Process process = builder.start();
    process.getOutputStream().close();
    return process;
  }

  /** The environment for a run in its own {@code home}, with no lessons folder from outside. */
  static Map<String, String> home(Path home) {
    return Map.of("DOCKLAB_HOME", home.toString(), "DOCKLAB_LESSONS", "");
  }

  /**
   * The class code that {@code docklab class serve} printed (fails the test when there is none).
   */
  static String classCode(String printed) {
    java.util.regex.Matcher code =
        java.util.regex.Pattern.compile("Class code: (\\S+)").matcher(printed);
    org.junit.jupiter.api.Assertions.assertTrue(code.find(), printed);
    return code.group(1);
  }

  /** Polls {@code log} (a started launcher's output) for {@code wanted}, for up to 60 seconds. */
  static String awaitOutput(Path log, String wanted) throws IOException, InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (System.nanoTime() < deadline) {
      String text = Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
      if (text.contains(wanted)) {
        return text;
      }
      TimeUnit.MILLISECONDS.sleep(50); // polling the launcher's output, with a deadline
    }
    throw new AssertionError(
        "no '" + wanted + "' in:\n" + Files.readString(log, StandardCharsets.UTF_8));
  }

  /** Stops a started launcher: a polite signal first, then a kill after 20 seconds. */
  static void stop(Process launcher) throws InterruptedException {
    if (launcher.isAlive()) {
      launcher.destroy();
      if (!launcher.waitFor(20, TimeUnit.SECONDS)) {
        launcher.destroyForcibly();
      }
    }
  }

  private Launcher() {}
}
