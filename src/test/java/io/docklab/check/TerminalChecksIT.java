package io.docklab.check;

import static io.docklab.check.CheckFixtures.NO_MESSAGE;
import static io.docklab.check.CheckFixtures.PREFIX;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.docklab.exec.CommandResult;
import io.docklab.exec.ForegroundCommand;
import io.docklab.exec.InteractiveRun;
import io.docklab.exec.PipeLauncher;
import io.docklab.exec.PtyLauncher;
import io.docklab.exec.ScriptedInput;
import io.docklab.exec.UserShell;
import io.docklab.lesson.check.CheckSpec;
import io.docklab.lesson.check.ContainerCheck;
import io.docklab.lesson.check.ContainerFileCheck;
import io.docklab.lesson.check.ContainerState;
import io.docklab.lesson.check.HttpCheck;
import io.docklab.lesson.check.Matcher;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Checks after what a learner does on a terminal: an interactive {@code docker run -ti} typed into
 * on a pseudo-terminal, and a server in the foreground stopped by an interrupt.
 */
class TerminalChecksIT extends EngineCheckTest {
  private static final String INTERACTIVE = PREFIX + "ti";
  private static final String SERVER = PREFIX + "fg";
  private static final int PORT = 21010;
  private static final UserShell BASH = new UserShell(Path.of("/bin/bash"));

  @Override
  List<String> containers() {
    return List.of(INTERACTIVE, SERVER);
  }

  @Test
  void aFileMadeInAnInteractiveSessionIsFoundAfterItsExit() throws Exception {
    CommandResult session =
        new InteractiveRun(new PtyLauncher(80, 24), BASH, new ByteArrayOutputStream())
            .run(
                "docker run --name " + INTERACTIVE + " -ti python bash",
                workspace,
                ScriptedInput.lines("echo 'print(\"Hello World!\")' > hello.py", "exit"),
                Duration.ofSeconds(60));
    assertEquals(0, session.exitCode(), session.output());

    List<CheckSpec> specs =
        List.of(
            new ContainerCheck(
                INTERACTIVE, null, true, ContainerState.EXITED, 0, List.of(), null, NO_MESSAGE),
            new ContainerFileCheck(
                INTERACTIVE, null, "hello.py", true, Matcher.contains("Hello World!"), NO_MESSAGE));
    List<CheckResult> results = checks.await(specs, Duration.ofSeconds(5), () -> false);
    assertTrue(results.get(0).passed(), results.get(0).sentence());
    assertTrue(results.get(1).passed(), results.get(1).sentence());

    CheckResult missing =
        checks.evaluate(
            new ContainerFileCheck(INTERACTIVE, null, "goodbye.py", true, null, NO_MESSAGE));
    assertEquals(
        "file goodbye.py in container "
            + INTERACTIVE
            + ": expected it to exist, found no such file",
        missing.sentence());
  }

  @Test
  void aForegroundServerAnswersThenItsContainerHasExited() throws Exception {
    String url = "http://127.0.0.1:" + PORT + "/";
    CheckSpec answers =
        new HttpCheck(
            url,
            200,
            Matcher.contains("Directory listing for /"),
            Duration.ofSeconds(30),
            NO_MESSAGE);
    CheckSpec exited =
        new ContainerCheck(
            SERVER, null, true, ContainerState.EXITED, null, List.of(), null, NO_MESSAGE);
    try (ForegroundCommand server =
        ForegroundCommand.start(
            new PipeLauncher(),
            BASH,
            workspace,
            "docker run --name "
                + SERVER
                + " -p 127.0.0.1:"
                + PORT
                + ":8000 python:3.11-slim python3 -m http.server 8000",
            new ByteArrayOutputStream())) {
      CheckResult whileRunning =
          checks.await(List.of(answers), Duration.ofSeconds(30), () -> !server.isRunning()).get(0);
      assertTrue(whileRunning.passed(), whileRunning.sentence() + "\n" + server.output());
      CheckResult notYet = checks.evaluate(exited);
      assertEquals(
          "container " + SERVER + ": expected state exited, found running", notYet.sentence());

      server.interrupt(Duration.ofSeconds(20));
    }
    CheckResult stopped = checks.await(List.of(exited), Duration.ofSeconds(10), () -> false).get(0);
    assertTrue(stopped.passed(), stopped.sentence());
    CheckResult gone =
        checks.evaluate(new HttpCheck(url, 200, null, Duration.ofMillis(500), NO_MESSAGE));
    assertEquals(url + ": nothing listens there (connection refused) after 1 s", gone.sentence());
  }
}
