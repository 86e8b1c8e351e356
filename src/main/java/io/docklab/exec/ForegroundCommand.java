package io.docklab.exec;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * A long-running command (a server, {@code docker run} without {@code -d}) in a process group of
 * its own, its output streamed. {@link #interrupt} stops it as Ctrl-C would, without touching
 * docklab.
 */
public final class ForegroundCommand implements AutoCloseable {
  /** How long an interrupted command may take to end before it is killed. */
  public static final Duration DEFAULT_GRACE = Duration.ofSeconds(10);

  private final Process process;
  private final OutputPump pump;
  private final OutputTail tail;
  private final long began;
  private volatile boolean interrupted;

  private ForegroundCommand(Process process, OutputPump pump, OutputTail tail, long began) {
    this.process = process;
    this.pump = pump;
    this.tail = tail;
    this.began = began;
  }

  /** Starts {@code commandLine} in {@code directory}, its output going to {@code live}. */
  public static ForegroundCommand start(
      ProcessLauncher launcher,
      UserShell shell,
      Path directory,
      String commandLine,
      OutputStream live)
      throws IOException {
    long began = System.nanoTime();
    Process process = launcher.start(shell.commandFor(commandLine), directory, System.getenv());
    OutputTail tail = new OutputTail();
    return new ForegroundCommand(process, OutputPump.start(process, live, tail), tail, began);
  }

  public boolean isRunning() {
    return process.isAlive();
  }

  /** The output so far, at most its last 64 KiB. */
  public String output() {
    return tail.text();
  }

  /** Waits until the command ends, by itself or interrupted from another thread. */
  public CommandResult waitFor() throws InterruptedException {
    process.waitFor();
    return ended(interrupted ? CommandResult.Ending.INTERRUPTED : CommandResult.Ending.EXITED);
  }

  /**
   * Sends SIGINT to the command's process group, waits up to {@code grace} for it to end, then
   * kills the group.
   */
  public CommandResult interrupt(Duration grace) throws InterruptedException {
    if (!process.isAlive()) {
      return ended(interrupted ? CommandResult.Ending.INTERRUPTED : CommandResult.Ending.EXITED);
    }
    interrupted = true;
    ProcessGroup.interrupt(process);
    if (process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
      return ended(CommandResult.Ending.INTERRUPTED);
    }
    ProcessGroup.kill(process);
    process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS);
    return ended(CommandResult.Ending.KILLED);
  }

  private CommandResult ended(CommandResult.Ending ending) throws InterruptedException {
    pump.finish();
    int exitCode = process.isAlive() ? -1 : process.exitValue();
    return new CommandResult(
        exitCode, tail.text(), Duration.ofNanos(System.nanoTime() - began), ending);
  }

  /** Interrupts the command if it still runs (the end of a step in automated runs). */
  @Override
  public void close() throws InterruptedException {
    if (process.isAlive()) {
      interrupt(DEFAULT_GRACE);
    }
  }
}
