package io.docklab.exec;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs a command that needs a terminal ({@code docker run -ti … bash}) on a pseudo-terminal, typing
 * a lesson's scripted input into it, within a time bound: a command still running at the bound is
 * hung up (SIGHUP, as closing the terminal would, so that a container's shell ends too) and, if it
 * outlives a short grace, killed with its process group.
 */
public final class InteractiveRun {
  private static final Duration KILL_WAIT = Duration.ofSeconds(5);
  private static final Duration HANG_UP_GRACE = Duration.ofSeconds(3);

  private final PtyLauncher launcher;
  private final UserShell shell;
  private final OutputStream live;
  private final Map<String, String> environment;
  private volatile Process running;

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
    running = process;
    OutputTail tail = new OutputTail();
    OutputPump pump = OutputPump.start(process, live, tail);
    try {
      new Typist(process, pump, tail, input).typeAll(deadline);
      long left = Math.max(0, deadline - System.nanoTime());
      CommandResult.Ending ending = CommandResult.Ending.EXITED;
      if (!process.waitFor(left, TimeUnit.NANOSECONDS)) {
        end(process);
        ending = CommandResult.Ending.TIMED_OUT;
      }
      pump.finish();
      int exitCode = process.isAlive() ? -1 : process.exitValue();
      return new CommandResult(
          exitCode, tail.text(), Duration.ofNanos(System.nanoTime() - began), ending);
    } finally {
      running = null;
      if (process.isAlive()) {
        ProcessGroup.kill(process);
      }
    }
  }

  /**
   * Ends the command now running, if any, from another thread (a shutdown hook): hangs it up, then
   * kills it if it outlives the grace. Returns once it has ended.
   */
  public void hangUp() throws InterruptedException {
    Process process = running;
    if (process != null) {
      end(process);
    }
  }

  private static void end(Process process) throws InterruptedException {
    ProcessGroup.hangUp(process);
    if (!process.waitFor(HANG_UP_GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
      ProcessGroup.kill(process);
      process.waitFor(KILL_WAIT.toMillis(), TimeUnit.MILLISECONDS);
    }
  }
}
