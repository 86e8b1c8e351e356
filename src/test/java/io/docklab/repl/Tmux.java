package io.docklab.repl;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real terminal for end-to-end tests: a tmux server of its own running the built launcher, typed
 * into with {@code send-keys} and read with {@code capture-pane}. Waits read the screen (its whole
 * scrollback) from a mark on, so an earlier line never satisfies a later wait.
 */
public final class Tmux implements AutoCloseable {
  public static final Path LAUNCHER =
      Path.of(System.getProperty("docklab.launcher", "bin/docklab")).toAbsolutePath();

  /** Printed by the pane's shell when docklab ends, with its exit status. */
  public static final String EXITED = "DOCKLAB-EXITED ";

  private final String socket;
  private final List<String> environment;
  private int mark;

  public Tmux(String socket, List<String> environment) {
    this.socket = socket;
    this.environment = List.copyOf(environment);
  }

  /** Starts {@code bin/docklab ARGS} in a new 120 × 40 session. */
  public void start(String... arguments) throws IOException, InterruptedException {
    start(120, arguments);
  }

  /** Starts {@code bin/docklab ARGS} in a new session {@code columns} wide and 40 lines high. */
  public void start(int columns, String... arguments) throws IOException, InterruptedException {
    tmux("kill-server");
    StringBuilder command = new StringBuilder();
    for (String variable : environment) {
      command.append(variable).append(' ');
    }
    command.append(LAUNCHER);
    for (String argument : arguments) {
      command.append(' ').append(argument);
    }
    command.append("; echo " + EXITED + "$?; sleep 600");
    String[] startup = {
      "-f",
      "/dev/null",
      "start-server",
      ";",
      "set-option",
      "-g",
      "history-limit",
      "100000",
      ";",
      "new-session",
      "-d",
      "-x",
      String.valueOf(columns),
      "-y",
      "40",
      "env " + command
    };
    Result started = tmux(startup);
    for (int attempt = 0; attempt < 10 && started.status() != 0; attempt++) {
      Thread.sleep(300); // Right after kill-server, the old server may still be going away.
      started = tmux(startup);
    }
    check(started);
    mark = 0;
  }

  /** Types {@code text} and Enter; later waits look at what comes after what is shown now. */
  public void type(String text) throws IOException, InterruptedException {
    mark = screen().stripTrailing().length();
    check(tmux("send-keys", "-t", "0", "-l", text));
    check(tmux("send-keys", "-t", "0", "Enter"));
  }

  /** Types {@code text} without Enter; later waits look from the start of the current line. */
  public void typeOnly(String text) throws IOException, InterruptedException {
    String shown = screen().stripTrailing();
    mark = shown.lastIndexOf('\n') + 1;
    check(tmux("send-keys", "-t", "0", "-l", text));
  }

  /**
   * Pastes {@code text} as a terminal does: wrapped in bracketed-paste marks when the program asked
   * for them, newlines sent as carriage returns. No Enter after it; later waits look from the start
   * of the current line.
   */
  public void paste(String text) throws IOException, InterruptedException {
    String shown = screen().stripTrailing();
    mark = shown.lastIndexOf('\n') + 1;
    check(tmux("set-buffer", "-b", "docklab-paste", text));
    check(tmux("paste-buffer", "-p", "-d", "-b", "docklab-paste", "-t", "0"));
  }

  /** Presses keys by tmux name: {@code Tab}, {@code Enter}, {@code C-c}, {@code C-d}. */
  public void press(String... keys) throws IOException, InterruptedException {
    List<String> args = new ArrayList<>(List.of("send-keys", "-t", "0"));
    args.addAll(List.of(keys));
    check(tmux(args.toArray(String[]::new)));
  }

  /** Waits until {@code text} shows after the mark; returns the screen from the mark on. */
  public String waitFor(String text, Duration timeout) throws IOException, InterruptedException {
    if (!text.equals(text.stripTrailing())) {
      throw new IllegalArgumentException(
          "tmux drops trailing spaces; wait for \"" + text.strip() + "\"");
    }
    long deadline = System.nanoTime() + timeout.toNanos();
    String seen = "";
    while (System.nanoTime() < deadline) {
      String screen = screen();
      seen = screen.substring(Math.min(mark, screen.length()));
      int at = seen.indexOf(text);
      if (at >= 0) {
        mark = Math.min(mark, screen.length()) + at + text.length();
        return seen;
      }
      Thread.sleep(150);
    }
    throw new AssertionError(
        "did not see \""
            + text
            + "\" within "
            + timeout
            + "; the screen since the last step:\n"
            + seen);
  }

  /** The whole pane, scrollback included, wrapped lines joined. */
  public String screen() throws IOException, InterruptedException {
    Result result = tmux("capture-pane", "-p", "-J", "-S", "-", "-t", "0");
    check(result);
    return result.output().replaceAll("(?m)[ \\t]+$", "");
  }

  private record Result(int status, String output) {}

  private Result tmux(String... arguments) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("tmux", "-L", socket));
    command.addAll(List.of(arguments));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    byte[] output = process.getInputStream().readAllBytes();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      process.destroyForcibly();
    }
    return new Result(process.exitValue(), new String(output, StandardCharsets.UTF_8));
  }

  private static void check(Result result) {
    if (result.status() != 0) {
      throw new AssertionError("tmux failed: " + result.output());
    }
  }

  @Override
  public void close() throws IOException, InterruptedException {
    tmux("kill-server");
  }
}
