package io.docklab.exec;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * Runs a lesson's command lines one after another through the user's shell, in the lesson's
 * workspace, as in one terminal: a {@code cd} and exported variables carry over to the next command
 * ({@link ShellState}). Output is shown as it comes and its last 64 KiB kept.
 */
public final class ShellSession {
  private final ShellState state;
  private final ProcessLauncher launcher;
  private final UserShell shell;
  private final OutputStream live;
  private final Map<String, String> environment;
  private String lastOutput = "";
  private volatile Process running;
  private boolean interruptPending;

  public ShellSession(
      Workspace workspace, ProcessLauncher launcher, UserShell shell, OutputStream live) {
    this(new ShellState(workspace), launcher, shell, live);
  }

  /** A session that carries {@code state}, shared with whoever else runs commands in it. */
  public ShellSession(
      ShellState state, ProcessLauncher launcher, UserShell shell, OutputStream live) {
    this.state = state;
    this.launcher = launcher;
    this.shell = shell;
    this.live = live;
    this.environment = Map.copyOf(System.getenv());
  }

  /**
   * Runs {@code commandLine} to its end, its input empty. The shell notes its state on exit, also
   * when the command calls {@code exit}; the next command starts there.
   */
  public CommandResult run(String commandLine) throws IOException, InterruptedException {
    synchronized (this) {
      interruptPending = false;
    }
    ShellState.Command command = state.begin("", " < /dev/null");
    long began = System.nanoTime();
    OutputTail tail = new OutputTail();
    try {
      Process process =
          launcher.start(
              shell.commandFor(command.script(), commandLine), command.start(), environment);
      started(process);
      OutputPump pump = OutputPump.start(process, live, tail);
      int exitCode = process.waitFor();
      pump.finish();
      lastOutput = tail.text();
      return new CommandResult(exitCode, lastOutput, Duration.ofNanos(System.nanoTime() - began));
    } finally {
      running = null;
      command.end();
    }
  }

  /**
   * Interrupts the running command and its process group, as Ctrl-C would; a command being started
   * is interrupted as soon as it has started.
   */
  public void interrupt() {
    Process process;
    synchronized (this) {
      process = running;
      interruptPending = process == null;
    }
    if (process != null) {
      ProcessGroup.interrupt(process);
    }
  }

  private void started(Process process) {
    boolean pending;
    synchronized (this) {
      running = process;
      pending = interruptPending;
      interruptPending = false;
    }
    if (pending) {
      ProcessGroup.interrupt(process);
    }
  }

  /** The state this session carries from one command to the next. */
  public ShellState state() {
    return state;
  }

  /** Where the next command starts: the workspace, or where the last command left off. */
  public Path currentDirectory() throws IOException {
    return state.directory();
  }

  /** The output of the last command, at most its last 64 KiB. */
  public String lastOutput() {
    return lastOutput;
  }
}
