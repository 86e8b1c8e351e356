package io.docklab.repl.feedback;

import java.io.IOException;
import java.util.EnumSet;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jline.terminal.Attributes;
import org.jline.terminal.Attributes.LocalFlag;
import org.jline.terminal.Terminal;

/**
 * What docklab does between two prompts (a command and its checks, {@code :check}, {@code :solve},
 * {@code :run}), run so that the learner's keys cannot spoil it: keys typed meanwhile are not
 * echoed into docklab's lines (they wait for the next prompt), and Ctrl-C stops the work and gives
 * the prompt back. Ctrl-C interrupts the thread doing the work, so every wait in it (a check's
 * window, an HTTP request, a process) ends at once.
 */
public final class Foreground {
  /** The work between two prompts; false when the learner leaves. */
  @FunctionalInterface
  public interface Work {
    boolean run() throws IOException, InterruptedException;
  }

  private final Terminal terminal;

  public Foreground(Terminal terminal) {
    this.terminal = terminal;
  }

  /**
   * Runs {@code work}; its result, or true (the lab goes on) when Ctrl-C stopped it. Other failures
   * go to the caller, as they came.
   */
  public boolean run(Work work) throws IOException, InterruptedException {
    Thread worker = Thread.currentThread();
    AtomicBoolean pressed = new AtomicBoolean();
    Attributes saved = attributes();
    Terminal.SignalHandler before =
        terminal.handle(
            Terminal.Signal.INT,
            signal -> {
              pressed.set(true);
              worker.interrupt();
            });
    try {
      quiet(saved);
      return work.run();
    } catch (InterruptedException | IOException stopped) {
      if (!pressed.get()) {
        throw stopped;
      }
      return true;
    } finally {
      terminal.handle(Terminal.Signal.INT, before);
      if (saved != null) {
        terminal.setAttributes(saved);
      }
      if (pressed.get()) {
        Thread.interrupted(); // The interruption was Ctrl-C's, now handled.
        terminal.writer().println();
        terminal.writer().flush();
      }
    }
  }

  private Attributes attributes() {
    try {
      return terminal.getAttributes();
    } catch (RuntimeException unsupported) {
      return null;
    }
  }

  /**
   * No echo and no line editing, so that keys typed while docklab prints stay out of its lines and
   * are read at the next prompt; Ctrl-C still signals.
   */
  private void quiet(Attributes saved) {
    if (saved == null) {
      return;
    }
    Attributes quiet = new Attributes(saved);
    quiet.setLocalFlags(EnumSet.of(LocalFlag.ECHO, LocalFlag.ICANON), false);
    quiet.setLocalFlag(LocalFlag.ISIG, true);
    quiet.setControlChar(Attributes.ControlChar.VMIN, 1);
    quiet.setControlChar(Attributes.ControlChar.VTIME, 0);
    terminal.setAttributes(quiet);
  }
}
