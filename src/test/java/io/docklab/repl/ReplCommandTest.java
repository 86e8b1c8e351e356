package io.docklab.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.docklab.repl.ReplCommand.Kind;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReplCommandTest {
  @Test
  void commandsAndTheirShortNames() {
    assertEquals(Kind.NEXT, kind(":next"));
    assertEquals(Kind.NEXT, kind(":n"));
    assertEquals(Kind.BACK, kind(":b"));
    assertEquals(Kind.CHECK, kind(":c"));
    assertEquals(Kind.HINT, kind(":hint"));
    assertEquals(Kind.SOLVE, kind(":solve"));
    assertEquals(Kind.RUN, kind(":run"));
    assertEquals(Kind.SHOW, kind(":s"));
    assertEquals(Kind.STATUS, kind(":status"));
    assertEquals(Kind.LESSONS, kind(":lessons"));
    assertEquals(Kind.HELP, kind(":?"));
    assertEquals(Kind.QUIT, kind(":q"));
    assertEquals(Kind.QUIT, kind("  :QUIT  "));
  }

  @Test
  void theRestOfTheLineIsTheArgument() {
    ReplCommand reset = ReplCommand.parse(":reset   lesson ").orElseThrow();
    assertEquals(Kind.RESET, reset.kind());
    assertEquals("lesson", reset.argument());
    assertEquals("", ReplCommand.parse(":reset").orElseThrow().argument());
    assertEquals("image-by-hand", ReplCommand.parse(":l image-by-hand").orElseThrow().argument());
  }

  @Test
  void anUnknownColonWordIsDocklabsToo() {
    ReplCommand unknown = ReplCommand.parse(":frobnicate now").orElseThrow();
    assertEquals(Kind.UNKNOWN, unknown.kind());
    assertEquals("frobnicate", unknown.word());
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

  @Test
  void everyKindButUnknownHasANameThatParsesBackToIt() {
    for (Kind kind : Kind.values()) {
      if (kind == Kind.UNKNOWN) {
        continue;
      }
      assertTrue(kind.shown().startsWith(":"));
      assertEquals(kind, kind(kind.shown()));
      for (String name : kind.names()) {
        assertEquals(kind, kind(":" + name));
      }
    }
  }

  private static Kind kind(String line) {
    return ReplCommand.parse(line).orElseThrow().kind();
  }
}
