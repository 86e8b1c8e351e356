package io.docklab.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.docklab.exec.UserShell;
import io.docklab.exec.Workspace;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Typed commands on a real pseudo-terminal, with the learner's keys coming from a pipe. */
@Timeout(60)
class TerminalCommandRunnerTest {
  @TempDir Path directory;

  private final PipedOutputStream keys = new PipedOutputStream();
  private final ByteArrayOutputStream screen = new ByteArrayOutputStream();
  private Terminal terminal;
  private TerminalCommandRunner runner;

  @BeforeEach
  void terminal() throws IOException {
    terminal =
        TerminalBuilder.builder()
            .system(false)
            .streams(new PipedInputStream(keys), screen)
            .type("xterm")
            .size(new Size(97, 31))
            .encoding(StandardCharsets.UTF_8)
            .build();
    runner =
        new TerminalCommandRunner(
            terminal, Workspace.at(directory), new UserShell(Path.of("/bin/bash")), new Object());
  }

  @AfterEach
  void close() throws IOException {
    keys.close();
    terminal.close();
  }

  @Test
  void outputReachesTheScreenAndTheTail() throws Exception {
    TerminalCommandRunner.Outcome outcome = runner.run("echo hello-from-the-pty");
    assertEquals(0, outcome.exitCode());
    assertTrue(outcome.output().contains("hello-from-the-pty"), outcome.output());
    awaitScreen("hello-from-the-pty");
  }

  @Test
  void theCommandSeesATerminalAsLargeAsTheLearners() throws Exception {
    TerminalCommandRunner.Outcome outcome = runner.run("test -t 0 && test -t 1 && stty size");
    assertEquals(0, outcome.exitCode(), outcome.output());
    assertTrue(outcome.output().contains("31 97"), outcome.output());
  }

  @Test
  void aCdCarriesOverAndCommandsStartInTheWorkspace() throws Exception {
    Files.createDirectories(directory.resolve("app"));
    assertEquals(directory.toRealPath(), runner.currentDirectory().toRealPath());
    runner.run("cd app");
    assertEquals(directory.resolve("app").toRealPath(), runner.currentDirectory());
    assertTrue(runner.run("pwd").output().contains(directory.resolve("app").toString()));
    runner.backToWorkspace();
    assertEquals(directory.toRealPath(), runner.currentDirectory().toRealPath());
  }

  @Test
  void keysTypedReachTheCommand() throws Exception {
    Thread typist = typeWhenShown("ready-for-name", "learner\r");
    TerminalCommandRunner.Outcome outcome =
        runner.run("echo ready-for-name; read -r name; echo \"got-$name\"");
    typist.join();
    assertTrue(outcome.output().contains("got-learner"), outcome.output());
  }

  @Test
  void ctrlCStopsTheCommandAndNothingElse() throws Exception {
    Thread typist = typeWhenShown("sleeping-now", "\u0003");
    long began = System.nanoTime();
    // The process that prints the word is the one that sleeps (exec): Ctrl-C typed once the word
    // shows always finds it running, never the shell between two commands.
    TerminalCommandRunner.Outcome outcome = runner.run("sh -c 'echo sleeping-now; exec sleep 30'");
    typist.join();
    long seconds = (System.nanoTime() - began) / 1_000_000_000L;
    assertTrue(seconds < 10, seconds + " s");
    assertEquals(130, outcome.exitCode());
    assertEquals(0, runner.run("echo after").exitCode(), "the runner goes on");
  }

  @Test
  void anExportAndACdCarryOverAndAreTheStateSolveRunsIn() throws Exception {
    Files.createDirectories(directory.resolve("app"));
    runner.run("export GREETING='hi there'; cd app");
    assertTrue(runner.run("echo \"[$GREETING]\"").output().contains("[hi there]"));
    assertEquals(directory.resolve("app").toRealPath(), runner.state().directory());
    runner.backToWorkspace();
    assertEquals(directory.toRealPath(), runner.currentDirectory().toRealPath());
    assertTrue(runner.run("echo \"[${GREETING:-none}]\"").output().contains("[none]"));
  }

  @Test
  void theLearnersTerminalSettingsAreGivenBack() throws Exception {
    String before = terminal.getAttributes().toString();
    runner.run("true");
    assertEquals(before, terminal.getAttributes().toString());
  }

  @Test
  void aLineCanBePrintedAsideWhileACommandRuns() throws Exception {
    runner.printAside("✓ Step done");
    awaitScreen("\n✓ Step done\r");
  }

  /** Waits until the screen shows {@code text}: the test terminal hands output on in a thread. */
  private void awaitScreen(String text) throws InterruptedException {
    long deadline = System.nanoTime() + 10_000_000_000L;
    while (!screen().contains(text) && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertTrue(screen().contains(text), screen());
  }

  /**
   * Types {@code text} once the command has printed {@code shown}: what the command shows, not
   * time, says that it is ready.
   */
  private Thread typeWhenShown(String shown, String text) {
    Thread thread =
        new Thread(
            () -> {
              try {
                long deadline = System.nanoTime() + 20_000_000_000L;
                while (!runner.tail().text().contains(shown)) {
                  if (System.nanoTime() > deadline) {
                    throw new AssertionError("never shown: " + shown);
                  }
                  Thread.sleep(10);
                }
                keys.write(text.getBytes(StandardCharsets.UTF_8));
                keys.flush();
              } catch (InterruptedException | IOException e) {
                throw new AssertionError(e);
              }
            });
    thread.start();
    return thread;
  }

  private String screen() {
    return screen.toString(StandardCharsets.UTF_8);
  }
}
