package io.docklab.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
class ReplCommandTest {
  @Test
  void aColonAndALetterMakeACommandWordInLowerCase() {
    assertEquals(Optional.of(new ReplCommand("next", "")), ReplCommand.parse(":next"));
    assertEquals(Optional.of(new ReplCommand("quit", "")), ReplCommand.parse("  :QUIT  "));
    assertEquals(Optional.of(new ReplCommand("?", "")), ReplCommand.parse(":?"));
  }

  @Test
  void theRestOfTheLineIsTheArgument() {
    assertEquals("lesson", ReplCommand.parse(":reset   lesson ").orElseThrow().argument());
    assertEquals("", ReplCommand.parse(":reset").orElseThrow().argument());
    assertEquals("image-by-hand", ReplCommand.parse(":l image-by-hand").orElseThrow().argument());
  }

  @Test
  void anUnknownColonWordIsDocklabsToo() {
    assertEquals("frobnicate", ReplCommand.parse(":frobnicate now").orElseThrow().word());
  }

  @Test
  void everythingElseGoesToTheShell() {
    for (String line :
        new String[] {
          "next",
          "docker run --name python-demo -ti python bash",
          "check",
          "quit",
          ":",
          ": ; echo no-op",
          ":   ",
          "echo :next",
          "./:next",
          "q"
        }) {
      assertEquals(Optional.empty(), ReplCommand.parse(line), line);
    }
  }
}
