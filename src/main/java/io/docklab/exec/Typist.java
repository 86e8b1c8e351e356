package io.docklab.exec;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Types a lesson's scripted lines into a program on a pseudo-terminal, one by one, each when the
 * program seems to wait for it.
 */
final class Typist {
  /** How long a program stays quiet before docklab takes it to be waiting for input. */
  static final Duration QUIET = Duration.ofMillis(300);

  /** How long docklab waits for a program that prints nothing before typing anyway. */
  static final Duration SILENT = Duration.ofSeconds(3);

  private static final long POLL_MILLIS = 20;

  private final Process process;
  private final OutputPump pump;
  private final OutputTail tail;
  private final ScriptedInput input;
  private long mark;
  private long echo;
  private long typedNanos = System.nanoTime();

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
        typedNanos = System.nanoTime();
      } catch (IOException gone) {
        return; // The program ended before reading the rest.
      }
    }
  }

  /**
   * True when the program printed its prompt, or printed more than the echo of the last line and
   * then fell quiet, or has been silent for a long while since it printed or was typed into.
   */
  private boolean waitsForInput() {
    long quiet = Math.min(pump.quietNanos(), System.nanoTime() - typedNanos);
    if (quiet >= SILENT.toNanos()) {
      return true;
    }
    if (input.prompt().isPresent() && input.prompt().get().matcher(tail.textSince(mark)).find()) {
      return true;
    }
    return quiet >= QUIET.toNanos() && tail.written() - mark > echo;
  }
}
