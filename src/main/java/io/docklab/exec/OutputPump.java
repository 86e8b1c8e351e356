package io.docklab.exec;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * Copies a program's output as it comes to the person watching and to an {@link OutputTail}, on a
 * thread of its own, and notes when the program last printed something.
 */
final class OutputPump {
  private static final long JOIN_MILLIS = 1_000;

  private final InputStream source;
  private final OutputStream live;
  private final OutputTail tail;
  private final Thread thread;
  private volatile long lastOutputNanos = System.nanoTime();

  private OutputPump(InputStream source, OutputStream live, OutputTail tail) {
    this.source = source;
    this.live = live;
    this.tail = tail;
    this.thread = new Thread(this::copy, "docklab-output");
    this.thread.setDaemon(true);
  }

  static OutputPump start(Process process, OutputStream live, OutputTail tail) {
    OutputPump pump = new OutputPump(process.getInputStream(), live, tail);
    pump.thread.start();
    return pump;
  }

  private void copy() {
    byte[] buffer = new byte[8192];
    try {
      int read;
      while ((read = source.read(buffer)) >= 0) {
        if (read == 0) {
          continue;
        }
        tail.write(buffer, 0, read);
        lastOutputNanos = System.nanoTime();
        synchronized (live) {
          live.write(buffer, 0, read);
          live.flush();
        }
      }
    } catch (IOException endOfTerminal) {
      // A pseudo-terminal reports its end as an error once the program is gone.
    }
  }

  /** Nanoseconds since the program last printed (or since it started). */
  long quietNanos() {
    return System.nanoTime() - lastOutputNanos;
  }

  /**
   * Waits for the rest of the output after the program ended, at most a moment: a child the program
   * left running in the background may hold the output open. Its later output is still shown, as a
   * terminal would show it, but is no longer waited for.
   */
  void finish() throws InterruptedException {
    thread.join(JOIN_MILLIS);
  }
}
