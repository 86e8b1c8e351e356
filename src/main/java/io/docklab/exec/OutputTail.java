package io.docklab.exec;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** The last bytes a command printed, at most a fixed number of them, as text. */
public final class OutputTail extends OutputStream {
  /** How much of a command's output docklab keeps for checks and reports. */
  public static final int DEFAULT_CAPACITY = 64 * 1024;

  private final byte[] ring;
  private long written;

  public OutputTail(int capacity) {
    this.ring = new byte[capacity];
  }

  public OutputTail() {
    this(DEFAULT_CAPACITY);
  }

  @Override
  public synchronized void write(int b) {
    ring[(int) (written++ % ring.length)] = (byte) b;
  }

  @Override
  public synchronized void write(byte[] bytes, int offset, int length) {
    for (int i = 0; i < length; i++) {
      ring[(int) (written++ % ring.length)] = bytes[offset + i];
    }
  }

  /** How many bytes were written in all, kept or not. */
  public synchronized long written() {
    return written;
  }

  /** The kept output as text, terminal line ends ({@code \r\n}) made plain. */
  public String text() {
    return textSince(0);
  }

  /** The kept output written after the first {@code mark} bytes, as text. */
  public synchronized String textSince(long mark) {
    long from = Math.max(mark, Math.max(0, written - ring.length));
    byte[] kept = new byte[(int) (written - from)];
    for (int i = 0; i < kept.length; i++) {
      kept[i] = ring[(int) ((from + i) % ring.length)];
    }
    int start = 0;
    while (from > 0 && start < kept.length && (kept[start] & 0xC0) == 0x80) {
      start++; // The start of a character was dropped: skip the rest of it.
    }
    return new String(kept, start, kept.length - start, StandardCharsets.UTF_8)
        .replace("\r\n", "\n");
  }
}
