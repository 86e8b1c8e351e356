package io.docklab.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ShellSessionTest {
  @TempDir Path root;
  private final ByteArrayOutputStream live = new ByteArrayOutputStream();

  static Stream<ProcessLauncher> launchers() {
    return Stream.of(new PipeLauncher(), new PtyLauncher(80, 24));
  }

  private ShellSession session(ProcessLauncher launcher) {
    return new ShellSession(
        Workspace.at(root), launcher, new UserShell(Path.of("/bin/bash")), live);
  }

  @ParameterizedTest
  @MethodSource("launchers")
  void runsInTheWorkspaceAndACdCarriesOver(ProcessLauncher launcher) throws Exception {
    ShellSession session = session(launcher);
    Path real = root.toRealPath();
    assertEquals(real + "\n", session.run("pwd").output());
    assertEquals(0, session.run("mkdir -p 'sub dir' && cd 'sub dir'").exitCode());
    assertEquals(real.resolve("sub dir") + "\n", session.run("pwd").output());
    assertEquals(real.resolve("sub dir"), session.currentDirectory());
    session.run("cd ..; exit 4");
    assertEquals(real + "\n", session.run("pwd").output());
  }

  @Test
  void worksWithDashToo() throws Exception {
    ShellSession session =
        new ShellSession(
            Workspace.at(root), new PipeLauncher(), new UserShell(Path.of("/bin/dash")), live);
    assertEquals(0, session.run("mkdir sub; cd sub").exitCode());
    assertEquals(root.toRealPath().resolve("sub") + "\n", session.run("pwd").output());
    assertEquals(6, session.run("cd ..; exit 6").exitCode());
    assertEquals(root.toRealPath() + "\n", session.run("pwd").output());
  }

  @ParameterizedTest
  @MethodSource("launchers")
  void aChildLeftInTheBackgroundDoesNotHoldTheCommandUp(ProcessLauncher launcher) throws Exception {
    CommandResult result = session(launcher).run("sleep 30 & echo started");
    assertEquals("started\n", result.output());
    assertTrue(result.duration().compareTo(Duration.ofSeconds(3)) < 0, result.toString());
  }

  @ParameterizedTest
  @MethodSource("launchers")
  void keepsTheExitStatus(ProcessLauncher launcher) throws Exception {
    ShellSession session = session(launcher);
    assertEquals(0, session.run("true").exitCode());
    assertEquals(1, session.run("false").exitCode());
    assertEquals(3, session.run("echo before; exit 3").exitCode());
    assertEquals(127, session.run("no-such-command-docklab").exitCode());
    assertTrue(session.run("( exit 5 )").exitCode() == 5);
  }

  @ParameterizedTest
  @MethodSource("launchers")
  void showsTheOutputLiveAndKeepsItsLast64Kib(ProcessLauncher launcher) throws Exception {
    ShellSession session = session(launcher);
    CommandResult result =
        session.run("for i in $(seq 1 20000); do printf '%09d\\n' $i; done; echo err >&2");
    String shown = live.toString(StandardCharsets.UTF_8).replace("\r\n", "\n");
    assertEquals(20001 * 10 - 6, shown.length()); // "err\n" is 4 of the last line's 10
    String asPrinted =
        launcher.terminal() ? result.output().replace("\n", "\r\n") : result.output();
    assertEquals(64 * 1024, asPrinted.length()); // A terminal ends its lines with "\r\n".
    assertTrue(shown.endsWith(result.output()));
    assertTrue(result.output().endsWith("000020000\nerr\n"), result.output());
    assertEquals(result.output(), session.lastOutput());
  }

  @Test
  void givesColoursATerminalOnAPseudoTerminalOnly() throws Exception {
    String probe = "if [ -t 1 ]; then echo terminal; else echo pipe; fi";
    assertEquals("terminal\n", session(new PtyLauncher(80, 24)).run(probe).output());
    assertEquals("pipe\n", session(new PipeLauncher()).run(probe).output());
    String coloured = session(new PtyLauncher(80, 24)).run("ls --color=auto -d /").output();
    assertTrue(coloured.contains("\u001b["), coloured);
  }

  @ParameterizedTest
  @MethodSource("launchers")
  void givesCommandsNoInputToWaitFor(ProcessLauncher launcher) throws Exception {
    CommandResult result = session(launcher).run("cat; echo done");
    assertEquals("done\n", result.output());
  }

  @ParameterizedTest
  @MethodSource("launchers")
  void interruptsTheRunningCommandAsCtrlC(ProcessLauncher launcher) throws Exception {
    ShellSession session = session(launcher);
    Files.writeString(root.resolve("marker"), "");
    CompletableFuture<CommandResult> running =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                return session.run("rm marker; sleep 61; echo not interrupted");
              } catch (Exception failed) {
                throw new IllegalStateException(failed);
              }
            });
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (!sleeping()) { // The command holds the shell once its sleep runs.
      assertTrue(System.nanoTime() < deadline, "the command never started its sleep");
      Thread.sleep(20);
    }
    session.interrupt();
    CommandResult result = running.get();
    assertTrue(result.duration().compareTo(Duration.ofSeconds(30)) < 0, result.toString());
    assertEquals(130, result.exitCode(), result.toString());
    assertTrue(!result.output().contains("not interrupted"), result.output());
  }

  /** True once a {@code sleep 61} started by this test's shell runs. */
  private static boolean sleeping() {
    return ProcessHandle.current()
        .descendants()
        .anyMatch(process -> process.info().commandLine().orElse("").matches("(.*/)?sleep 61"));
  }
}
