package io.docklab.exec;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * Runs a lesson's command lines one after another through the user's shell, in the lesson's
 * workspace, as in one terminal: a {@code cd} carries over to the next command. Output is shown as
 * it comes and its last 64 KiB kept.
 */
public final class ShellSession {
  private final Workspace workspace;
  private final ProcessLauncher launcher;
  private final UserShell shell;
  private final OutputStream live;
  private final Map<String, String> environment;
  private Path directory;
  private String lastOutput = "";
  private volatile Process running;

  public ShellSession(
      Workspace workspace, ProcessLauncher launcher, UserShell shell, OutputStream live) {
    this.workspace = workspace;
    this.launcher = launcher;
    this.shell = shell;
    this.live = live;
    this.environment = Map.copyOf(System.getenv());
  }

  /**
   * Runs {@code commandLine} to its end, its input empty. The shell notes its working directory on
   * exit, also when the command calls {@code exit}; the next command starts there.
   */
  public CommandResult run(String commandLine) throws IOException, InterruptedException {
    Path start = currentDirectory();
    Path stateFile = Files.createTempFile("docklab-cwd-", ".txt");
    String script =
        "trap "
            + ShellQuoting.quote("pwd -P > " + ShellQuoting.quote(stateFile.toString()))
            + " EXIT\neval \"$1\" < /dev/null";
    long began = System.nanoTime();
    OutputTail tail = new OutputTail();
    try {
      Process process = launcher.start(shell.commandFor(script, commandLine), start, environment);
      running = process;
      OutputPump pump = OutputPump.start(process, live, tail);
      int exitCode = process.waitFor();
      pump.finish();
      directory = directoryAfter(stateFile, start);
      lastOutput = tail.text();
      return new CommandResult(exitCode, lastOutput, Duration.ofNanos(System.nanoTime() - began));
    } finally {
      running = null;
      Files.deleteIfExists(stateFile);
    }
  }

  /** Interrupts the running command and its process group, as Ctrl-C would. */
  public void interrupt() {
    Process process = running;
    if (process != null) {
      ProcessGroup.interrupt(process);
    }
  }

  /** Where the next command starts: the workspace, or where the last command left off. */
  public Path currentDirectory() throws IOException {
    if (directory == null || !Files.isDirectory(directory)) {
      directory = workspace.directory();
    }
    return directory;
  }

  /** The output of the last command, at most its last 64 KiB. */
  public String lastOutput() {
    return lastOutput;
  }

  private static Path directoryAfter(Path stateFile, Path otherwise) throws IOException {
    String noted = Files.readString(stateFile, StandardCharsets.UTF_8);
    noted = noted.endsWith("\n") ? noted.substring(0, noted.length() - 1) : noted;
    if (noted.isEmpty()) {
      return otherwise;
    }
    Path after = Path.of(noted);
    return Files.isDirectory(after) ? after : otherwise;
  }
}
