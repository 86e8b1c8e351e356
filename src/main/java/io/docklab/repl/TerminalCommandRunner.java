package io.docklab.repl;

import com.pty4j.PtyProcess;
import com.pty4j.WinSize;
import io.docklab.exec.OutputTail;
import io.docklab.exec.PtyLauncher;
import io.docklab.exec.ShellState;
import io.docklab.exec.UserShell;
import io.docklab.exec.Workspace;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import org.jline.terminal.Attributes;
import org.jline.terminal.Attributes.ControlChar;
import org.jline.terminal.Attributes.InputFlag;
import org.jline.terminal.Attributes.LocalFlag;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.utils.NonBlockingReader;

/**
 * Runs what the learner typed through their shell on a pseudo-terminal as large as their own, and
 * hands that command the real terminal while it runs: keystrokes go to it as they are typed (Ctrl-C
 * too, as a byte: the pseudo-terminal interrupts the command, never docklab), its output comes to
 * the screen as it is printed and into an {@link OutputTail}. {@code docker run -ti … bash} works
 * as in any terminal. A {@code cd} and exported variables carry over to the next command, through
 * the {@link ShellState} that {@code :run} and {@code :solve} share.
 */
final class TerminalCommandRunner {
  private static final long POLL_MILLIS = 40;
  private static final long DRAIN_MILLIS = 1_000;
  private static final char CTRL_Z = 0x1a;

  private final Terminal terminal;
  private final Workspace workspace;
  private final UserShell shell;
  private final Object screen;
  private final ShellState state;
  private volatile OutputTail tail = new OutputTail();

  /**
   * @param screen the lock every writer to the terminal holds while a command runs
   */
  TerminalCommandRunner(Terminal terminal, Workspace workspace, UserShell shell, Object screen) {
    this.terminal = terminal;
    this.workspace = workspace;
    this.shell = shell;
    this.screen = screen;
    this.state = new ShellState(workspace);
  }

  /** How a typed command ended. */
  record Outcome(int exitCode, String output) {}

  /** Where the next command starts: the workspace, or where the last one left off. */
  Path currentDirectory() throws IOException {
    return state.directory();
  }

  /** The shell state the learner's commands carry, for {@code :run} and {@code :solve} too. */
  ShellState state() {
    return state;
  }

  /** Starts the next command in the workspace again, nothing exported (after a lesson reset). */
  void backToWorkspace() {
    try {
      state.reset();
    } catch (IOException unwritable) {
      // The variables stay as they were: the directory is the workspace again all the same.
    }
  }

  /** The output of the running command so far, or of the last one. */
  OutputTail tail() {
    return tail;
  }

  /** Runs {@code commandLine} to its end, the learner at its keyboard. */
  Outcome run(String commandLine) throws IOException, InterruptedException {
    Size size = terminal.getSize();
    // The size is set by the shell itself too: the pseudo-terminal's own setting may come late.
    ShellState.Command command =
        state.begin("stty cols " + columns(size) + " rows " + rows(size) + " 2>/dev/null;", "");
    OutputTail output = new OutputTail();
    tail = output;
    terminal.writer().flush();
    terminal.flush();
    Map<String, String> environment = new HashMap<>(System.getenv());
    environment.put(Lab.INSIDE, workspace.directory().getFileName().toString());
    Process process =
        new PtyLauncher(columns(size), rows(size))
            .start(shell.commandFor(command.script(), commandLine), command.start(), environment);
    Thread pump = pump(process.getInputStream(), output);
    Attributes saved = terminal.getAttributes();
    Terminal.SignalHandler previousResize =
        terminal.handle(Terminal.Signal.WINCH, signal -> resize(process));
    try {
      terminal.setAttributes(passThrough(saved));
      forwardKeystrokes(process);
      int exitCode = process.waitFor();
      pump.join(DRAIN_MILLIS);
      return new Outcome(exitCode, output.text());
    } finally {
      if (process.isAlive()) {
        process.destroyForcibly();
      }
      terminal.setAttributes(saved);
      terminal.handle(Terminal.Signal.WINCH, previousResize);
      command.end();
    }
  }

  /** Prints {@code line} on a line of its own while a command may be printing too. */
  void printAside(String line) {
    synchronized (screen) {
      try {
        OutputStream out = terminal.output();
        out.write(("\r\n" + line.replace("\n", "\r\n") + "\r\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
      } catch (IOException ignored) {
        // The terminal is gone: nobody is there to read it.
      }
    }
  }

  /**
   * The learner's terminal as the command should get it: no line editing, no echo (the
   * pseudo-terminal echoes), and no signals from keys, so Ctrl-C reaches the command as a byte.
   */
  private static Attributes passThrough(Attributes saved) {
    Attributes raw = new Attributes(saved);
    raw.setLocalFlags(
        EnumSet.of(LocalFlag.ICANON, LocalFlag.ECHO, LocalFlag.IEXTEN, LocalFlag.ISIG), false);
    raw.setInputFlags(EnumSet.of(InputFlag.IXON, InputFlag.ICRNL, InputFlag.INLCR), false);
    raw.setControlChar(ControlChar.VMIN, 1);
    raw.setControlChar(ControlChar.VTIME, 0);
    return raw;
  }

  private void forwardKeystrokes(Process process) throws IOException {
    NonBlockingReader keys = terminal.reader();
    OutputStream toCommand = process.getOutputStream();
    StringBuilder pending = new StringBuilder();
    while (process.isAlive()) {
      int key = keys.read(POLL_MILLIS);
      if (key == NonBlockingReader.EOF) {
        return; // Nothing more can be typed: let the command end by itself.
      }
      if (key < 0 || key == CTRL_Z) {
        continue; // Ctrl-Z would stop the command where nobody could resume it.
      }
      pending.append((char) key);
      if (Character.isHighSurrogate((char) key)) {
        continue;
      }
      try {
        toCommand.write(pending.toString().getBytes(StandardCharsets.UTF_8));
        toCommand.flush();
      } catch (IOException ended) {
        return; // The command ended between the check and the write.
      }
      pending.setLength(0);
    }
  }

  private Thread pump(InputStream source, OutputTail output) {
    Thread thread =
        new Thread(
            () -> {
              byte[] buffer = new byte[8192];
              try {
                int read;
                while ((read = source.read(buffer)) >= 0) {
                  output.write(buffer, 0, read);
                  synchronized (screen) {
                    terminal.output().write(buffer, 0, read);
                    terminal.output().flush();
                  }
                }
              } catch (IOException endOfTerminal) {
                // A pseudo-terminal reports its end as an error once the command is gone.
              }
            },
            "docklab-command-output");
    thread.setDaemon(true);
    thread.start();
    return thread;
  }

  private void resize(Process process) {
    if (process instanceof PtyProcess pty) {
      Size size = terminal.getSize();
      pty.setWinSize(new WinSize(columns(size), rows(size)));
    }
  }

  private static int columns(Size size) {
    return size.getColumns() > 0 ? size.getColumns() : 80;
  }

  private static int rows(Size size) {
    return size.getRows() > 0 ? size.getRows() : 24;
  }
}
