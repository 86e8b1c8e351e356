package io.docklab.util;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class AnsiTextTest {
  @Test
  void coloursTitlesAndCarriageReturnsGo() {
    assertEquals(
        "REPOSITORY   TAG\nfriendlyhello   latest\n",
        AnsiText.strip(
            "\u001B]0;root@abc: /\u0007\u001B[1;32mREPOSITORY\u001B[0m   TAG\r\n"
                + "friendlyhello   latest\r\n"));
    assertEquals(
        "root@d8cc:/# exit", AnsiText.strip("\u001B[?2004hroot@d8cc:/# exit\u001B[?2004l"));
    assertEquals("", AnsiText.strip(null));
  }

  @Test
  void coloursCursorMovesAndTitlesAreRemoved() {
    assertEquals(
        "CONTAINER ID   IMAGE\nabc\n",
        AnsiText.strip("\u001B[1mCONTAINER ID\u001B[0m   IMAGE\r\n\u001B[2Kabc\r\n"));
    assertEquals("root@x:/# ls", AnsiText.strip("\u001B]0;root@x: /\u0007root@x:/# ls"));
    assertEquals("plain", AnsiText.strip("plain"));
  }
}
