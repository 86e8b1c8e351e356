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
 * killed with its process group.
 */
public final class InteractiveRun {
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
}
