package io.docklab.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class AnsiTextTest {
  @Test
  void coloursCursorMovesAndTitlesAreRemoved() {
    assertEquals(
        "CONTAINER ID   IMAGE\nabc\n",
        AnsiText.plain("\u001B[1mCONTAINER ID\u001B[0m   IMAGE\r\n\u001B[2Kabc\r\n"));
    assertEquals("root@x:/# ls", AnsiText.plain("\u001B]0;root@x: /\u0007root@x:/# ls"));
    assertEquals("plain", AnsiText.plain("plain"));
  }
}
