package io.docklab.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.docklab.check.CheckContext;
import io.docklab.check.Checks;
import io.docklab.exec.PipeLauncher;
import io.docklab.exec.PtyLauncher;
import io.docklab.exec.UserShell;
import io.docklab.exec.Variables;
import io.docklab.exec.Workspace;
import io.docklab.i18n.Messages;
import io.docklab.lesson.CommandAction;
import io.docklab.lesson.CommandMode;
import io.docklab.lesson.ExitExpectation;
import io.docklab.lesson.Ready;
import java.io.ByteArrayOutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A command's expected exit status and its {@code ready} wait, in the runner that {@code docklab
 * test} and {@code :solve} use: real shell, real processes, a real HTTP server on a free loopback
 * port; no Docker.
 */
@Timeout(60)
class ExitCodeAndReadyTest {
  @TempDir Path root;
  private SolutionRunner runner;
  private Checks checks;

  @BeforeEach
  void start() {
    Messages.use(Locale.ENGLISH);
    Workspace workspace = Workspace.at(root);
    Variables variables = new Variables(Map.of());
    runner =
        new SolutionRunner(
            workspace,
            variables,
            Locale.ENGLISH,
            new ByteArrayOutputStream(),
            Duration.ofSeconds(20),
            new PipeLauncher(),
            new PtyLauncher(80, 24),
            new UserShell(Path.of("/bin/bash")));
    checks =
        new Checks(
            new CheckContext(null, workspace, variables, () -> "", Locale.ENGLISH),
            new UserShell(Path.of("/bin/bash")));
    runner.waitingWith(checks);
  }

  @AfterEach
  void stop() throws Exception {
    runner.close();
    checks.close();
  }

  private static CommandAction command(String run, ExitExpectation exit, Ready ready) {
    return new CommandAction(run, CommandMode.PLAIN, List.of(), exit, ready);
  }

  @Test
  void aCommandMeantToFailSucceedsWhenItFails() throws Exception {
    SolutionOutcome outcome =
        runner.run(
            List.of(
                command("exit 3", ExitExpectation.NONZERO, null),
                command("exit 6", ExitExpectation.of(6), null)));
    assertTrue(outcome.succeeded(), outcome.problem());
  }

  @Test
  void aCommandEndingOtherwiseFailsInOneSentence() throws Exception {
    SolutionOutcome zero = runner.run(List.of(command("true", ExitExpectation.NONZERO, null)));
    assertFalse(zero.succeeded());
    assertEquals("`true`: expected exit status nonzero, got 0.", zero.problem());

    SolutionOutcome other = runner.run(List.of(command("exit 1", ExitExpectation.of(6), null)));
    assertEquals("`exit 1`: expected exit status 6, got 1.", other.problem());
  }

  @Test
  void theNextCommandWaitsUntilACommandSaysReady() throws Exception {
    // The file appears 1 s after the first command ended; the second command needs it.
    Ready ready = new Ready(null, null, "test -f up", Duration.ofSeconds(20));
    SolutionOutcome outcome =
        runner.run(
            List.of(
                command("(sleep 1; touch up) >/dev/null 2>&1 &", ExitExpectation.ZERO, ready),
                command("cat up", ExitExpectation.ZERO, null)));
    assertTrue(outcome.succeeded(), outcome.problem());
  }

  @Test
  void theNextCommandWaitsUntilAUrlAnswers() throws Exception {
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    int port = server.getAddress().getPort();
    server.createContext(
        "/",
        exchange -> {
          exchange.sendResponseHeaders(404, -1); // Any answer below 500 is ready.
          exchange.close();
        });
    Thread later =
        new Thread(
            () -> {
              try {
                Thread.sleep(700); // The server comes up after the command, as a container does.
                server.start();
              } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
              }
            });
    later.start();
    try {
      Ready ready = new Ready("http://127.0.0.1:" + port + "/", null, null, Duration.ofSeconds(20));
      long began = System.nanoTime();
      SolutionOutcome outcome = runner.run(List.of(command("true", ExitExpectation.ZERO, ready)));
      assertTrue(outcome.succeeded(), outcome.problem());
      assertTrue(System.nanoTime() - began >= 600_000_000L, "it waited for the server");
    } finally {
      later.join();
      server.stop(0);
    }
  }

  @Test
  void aTimeoutIsOneLine() throws Exception {
    Ready ready = new Ready(null, null, "test -f never", Duration.ofMillis(600));
    SolutionOutcome outcome = runner.run(List.of(command("true", ExitExpectation.ZERO, ready)));
    assertFalse(outcome.succeeded());
    assertTrue(outcome.problem().startsWith("not ready within 600 ms: "), outcome.problem());
    assertFalse(outcome.problem().contains("\n"), outcome.problem());
  }

  @Test
  void ctrlCStopsTheWait() throws Exception {
    Ready ready = new Ready(null, null, "test -f never", Duration.ofMinutes(5));
    Thread ctrlC =
        new Thread(
            () -> {
              try {
                Thread.sleep(500);
                runner.interrupt();
              } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
              }
            });
    ctrlC.start();
    long began = System.nanoTime();
    SolutionOutcome outcome = runner.run(List.of(command("true", ExitExpectation.ZERO, ready)));
    ctrlC.join();
    assertFalse(outcome.succeeded());
    assertEquals("Stopped with Ctrl-C at `true`.", outcome.problem());
    assertTrue(System.nanoTime() - began < 5_000_000_000L);
  }
}
