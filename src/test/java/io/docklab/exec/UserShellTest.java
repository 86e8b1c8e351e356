package io.docklab.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UserShellTest {
  @Test
  void takesAPosixShellFromShell() {
    assertEquals(Path.of("/bin/sh"), UserShell.choose(Map.of("SHELL", "/bin/sh")).program());
  }

  @Test
  void fallsBackToBashForOtherShellsOrNone() {
    assertEquals(
        Path.of("/bin/bash"), UserShell.choose(Map.of("SHELL", "/usr/bin/fish")).program());
    assertEquals(Path.of("/bin/bash"), UserShell.choose(Map.of("SHELL", "/nowhere/zsh")).program());
    assertEquals(Path.of("/bin/bash"), UserShell.choose(Map.of()).program());
  }

  @Test
  void passesTheCommandAsOneArgument() {
    assertEquals(
        List.of("/bin/bash", "-c", "eval \"$1\"", "docklab", "echo hi"),
        new UserShell(Path.of("/bin/bash")).commandFor("eval \"$1\"", "echo hi"));
  }
}
