package io.docklab.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One shell state: a {@code cd} and an {@code export} carry over, whoever runs the next command.
 */
@Timeout(60)
class ShellStateTest {
  @TempDir Path root;
  private final ByteArrayOutputStream live = new ByteArrayOutputStream();

  static Stream<UserShell> shells() {
    return Stream.of(new UserShell(Path.of("/bin/bash")), new UserShell(Path.of("/bin/dash")));
  }

  @ParameterizedTest
  @MethodSource("shells")
  void anExportAndACdCarryOverToTheNextCommand(UserShell shell) throws Exception {
    ShellSession session = new ShellSession(Workspace.at(root), new PipeLauncher(), shell, live);
    Files.createDirectories(root.resolve("sub"));
    session.run("export GREETING='hello there'; cd sub");
    assertEquals("hello there\n", session.run("echo \"$GREETING\"").output());
    assertEquals(root.toRealPath().resolve("sub") + "\n", session.run("pwd").output());
  }

  @Test
  void twoSessionsOfOneStateAreOneShell() throws Exception {
    ShellState state = new ShellState(Workspace.at(root));
    UserShell bash = new UserShell(Path.of("/bin/bash"));
    new ShellSession(state, new PipeLauncher(), bash, live).run("mkdir -p a; cd a; export X=1");
    CommandResult seen =
        new ShellSession(state, new PipeLauncher(), bash, live).run("echo \"$X $(pwd)\"");
    assertEquals("1 " + root.toRealPath().resolve("a") + "\n", seen.output());
  }

  @Test
  void aResetStartsAfreshInTheWorkspace() throws Exception {
    ShellState state = new ShellState(Workspace.at(root));
    ShellSession session =
        new ShellSession(state, new PipeLauncher(), new UserShell(Path.of("/bin/bash")), live);
    session.run("export X=1; cd /");
    state.reset();
    assertEquals(root.toRealPath(), state.directory().toRealPath());
    assertEquals("-\n", session.run("echo ${X:--}").output());
  }

  @Test
  void aCommandRunOtherwiseStartsWithWhatWasExported() throws Exception {
    ShellState state = new ShellState(Workspace.at(root));
    UserShell bash = new UserShell(Path.of("/bin/bash"));
    new ShellSession(state, new PipeLauncher(), bash, live).run("export X='a b'");
    Process process =
        new PipeLauncher()
            .start(
                bash.commandFor(state.restoring("echo \"$X\"")),
                state.directory(),
                java.util.Map.of());
    assertEquals("a b\n", new String(process.getInputStream().readAllBytes()));
    assertEquals(0, process.waitFor());
  }
}
