package io.docklab.exec;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs a command that needs a terminal ({@code docker run -ti … bash}) on a pseudo-terminal, typing
 * a lesson's scripted input into it, within a time bound: a command still running at the bound is
 * killed with its process group.
 */
public final class InteractiveRun {
  /** How long a program stays quiet before docklab takes it to be waiting for input. */
  static final Duration QUIET = Duration.ofMillis(300);

  /** How long docklab waits for a program that prints nothing before typing anyway. */
  static final Duration SILENT = Duration.ofSeconds(3);

  private static final long POLL_MILLIS = 20;
  private static final Duration KILL_WAIT = Duration.ofSeconds(5);

  private final PtyLauncher launcher;
  private final UserShell shell;
  private final OutputStream live;
  private final Map<String, String> environment;

  public InteractiveRun(PtyLauncher launcher, UserShell shell, OutputStream live) {
    this.launcher = launcher;
    this.shell = shell;
    this.live = live;
    this.environment = Map.copyOf(System.getenv());
  }

  /**
   * Runs {@code commandLine} in {@code directory}, typing {@code input}, for at most {@code
   * timeout}.
   */
  public CommandResult run(
      String commandLine, Path directory, ScriptedInput input, Duration timeout)
      throws IOException, InterruptedException {
    long began = System.nanoTime();
    long deadline = began + timeout.toNanos();
    Process process = launcher.start(shell.commandFor(commandLine), directory, environment);
    OutputTail tail = new OutputTail();
    OutputPump pump = OutputPump.start(process, live, tail);
    try {
      new Typist(process, pump, tail, input).typeAll(deadline);
      long left = Math.max(0, deadline - System.nanoTime());
      CommandResult.Ending ending = CommandResult.Ending.EXITED;
      if (!process.waitFor(left, TimeUnit.NANOSECONDS)) {
        ProcessGroup.kill(process);
        process.waitFor(KILL_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        ending = CommandResult.Ending.TIMED_OUT;
      }
      pump.finish();
      int exitCode = process.isAlive() ? -1 : process.exitValue();
      return new CommandResult(
          exitCode, tail.text(), Duration.ofNanos(System.nanoTime() - began), ending);
    } finally {
      if (process.isAlive()) {
        ProcessGroup.kill(process);
      }
    }
  }

  /** Types the lines one by one, each when the program seems to wait for it. */
  private static final class Typist {
    private final Process process;
    private final OutputPump pump;
    private final OutputTail tail;
    private final ScriptedInput input;
    private long mark;
    private long echo;

    Typist(Process process, OutputPump pump, OutputTail tail, ScriptedInput input) {
      this.process = process;
      this.pump = pump;
      this.tail = tail;
      this.input = input;
    }

    void typeAll(long deadline) throws InterruptedException {
      for (String line : input.lines()) {
        while (!waitsForInput()) {
          if (!process.isAlive() || System.nanoTime() > deadline) {
            return;
          }
          Thread.sleep(POLL_MILLIS);
        }
        byte[] typed = (line + "\r").getBytes(StandardCharsets.UTF_8);
        mark = tail.written();
        echo = typed.length + 1; // The terminal echoes the line and "\r\n".
        try {
          process.getOutputStream().write(typed);
          process.getOutputStream().flush();
        } catch (IOException gone) {
          return; // The program ended before reading the rest.
        }
      }
    }

    /**
     * True when the program printed its prompt, or printed more than the echo of the last line and
     * then fell quiet, or printed nothing for a long while.
     */
    private boolean waitsForInput() {
      long quiet = pump.quietNanos();
      if (quiet >= SILENT.toNanos()) {
        return true;
      }
      if (input.prompt().isPresent() && input.prompt().get().matcher(tail.textSince(mark)).find()) {
        return true;
      }
      return quiet >= QUIET.toNanos() && tail.written() - mark > echo;
    }
  }
}
