package io.docklab.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class OutputTailTest {
  @Test
  void keepsOnlyTheLastBytes() {
    OutputTail tail = new OutputTail(10);
    tail.write("0123456789abcdef".getBytes(StandardCharsets.UTF_8), 0, 16);
    assertEquals("6789abcdef", tail.text());
    assertEquals(16, tail.written());
  }

  @Test
  void keeps64KibByDefault() {
    OutputTail tail = new OutputTail();
    byte[] line = "x".repeat(1023).concat("\n").getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i < 200; i++) {
      tail.write(line, 0, line.length);
    }
    assertEquals(64 * 1024, tail.text().length());
  }

  @Test
  void dropsACharacterCutInTwoAndPlainsTerminalLineEnds() {
    OutputTail tail = new OutputTail(8);
    byte[] text = "ab\r\nこんにちは".getBytes(StandardCharsets.UTF_8); // 4 + 15 bytes
    tail.write(text, 0, text.length);
    assertEquals("ちは", tail.text());
    OutputTail whole = new OutputTail(64);
    whole.write(text, 0, text.length);
    assertEquals("ab\nこんにちは", whole.text());
  }

  @Test
  void givesTheTextWrittenSinceAMark() {
    OutputTail tail = new OutputTail(64);
    tail.write("prompt$ ".getBytes(StandardCharsets.UTF_8), 0, 8);
    long mark = tail.written();
    tail.write("answer".getBytes(StandardCharsets.UTF_8), 0, 6);
    assertEquals("answer", tail.textSince(mark));
  }
}
