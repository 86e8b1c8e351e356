package io.docklab.check;

import static io.docklab.check.CheckFixtures.NO_MESSAGE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.docklab.docker.EngineAccess;
import io.docklab.exec.UserShell;
import io.docklab.exec.Variables;
import io.docklab.exec.Workspace;
import io.docklab.i18n.Messages;
import io.docklab.lesson.check.CommandCheck;
import io.docklab.lesson.check.FileCheck;
import io.docklab.lesson.check.HttpCheck;
import io.docklab.lesson.check.Matcher;
import io.docklab.lesson.check.OutputCheck;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * http (a real HTTP server on the loopback), command (the real shell), output and file checks: each
 * passes and fails with its sentence. None of them needs the engine.
 */
class LocalChecksIT {
  private static final int PORT = 21004;
  private static final int NOTHING = 21005;

  @TempDir static Path workspace;
  private static HttpServer server;
  private static final AtomicReference<String> lastOutput = new AtomicReference<>("");
  private static Checks checks;
  private static Locale before;

  @BeforeAll
  static void setUp() throws Exception {
    before = Messages.locale();
    Messages.use(Locale.ENGLISH);
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), PORT), 0);
    server.createContext("/", exchange -> answer(exchange, 200, "<h1>Hello World!</h1>"));
    server.createContext("/bad", exchange -> answer(exchange, 502, "Bad Gateway"));
    server.start();
    CheckContext context =
        new CheckContext(
            new EngineAccess(io.docklab.docker.EngineAddress.fromEnvironment()),
            Workspace.at(workspace),
            new Variables(Map.of("port", Integer.toString(PORT), "word", "Hello")),
            lastOutput::get,
            Locale.ENGLISH);
    checks = new Checks(context, new UserShell(Path.of("/bin/bash")));
  }

  private static void answer(com.sun.net.httpserver.HttpExchange exchange, int status, String body)
      throws java.io.IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.sendResponseHeaders(status, bytes.length);
    try (var out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  @AfterAll
  static void tearDown() {
    checks.close();
    server.stop(0);
    Messages.use(before);
  }

  @Test
  void httpPassesOnTheRightBodyWithVariablesSubstituted() throws Exception {
    CheckResult result =
        checks.evaluate(
            new HttpCheck(
                "http://localhost:{{port}}/",
                200,
                Matcher.contains("{{word}} World!"),
                Duration.ofSeconds(10),
                NO_MESSAGE));
    assertTrue(result.passed(), result.sentence());
    assertTrue(result.took().toMillis() < 1000, "took " + result.took());
  }

  @Test
  void httpFailsOnAnotherStatusAfterItsWindow() throws Exception {
    String url = "http://localhost:" + PORT + "/bad";
    CheckResult result =
        checks.evaluate(
            new HttpCheck(
                url, 200, Matcher.contains("Hello World!"), Duration.ofSeconds(2), NO_MESSAGE));
    assertEquals(
        url + ": expected body to contain 'Hello World!', got 502 after 2 s", result.sentence());
    // Retried until its window closed: the last try ends less than one poll before the end.
    long lastTry = Duration.ofSeconds(2).toMillis() - AwaitLoop.POLL_NANOS / 1_000_000;
    assertTrue(result.took().toMillis() >= lastTry, "retried only " + result.took());
  }

  @Test
  void httpFailsWhenNothingListens() throws Exception {
    String url = "http://127.0.0.1:" + NOTHING + "/";
    CheckResult result =
        checks.evaluate(new HttpCheck(url, 200, null, Duration.ofSeconds(1), NO_MESSAGE));
    assertEquals(url + ": nothing listens there (connection refused) after 1 s", result.sentence());
    assertFalse(result.engineUnreachable());
  }

  @Test
  void httpFailsOnABodyWithoutTheText() throws Exception {
    String url = "http://localhost:" + PORT + "/";
    CheckResult result =
        checks.evaluate(
            new HttpCheck(
                url, 200, Matcher.matches("Good(bye)?"), Duration.ofMillis(500), NO_MESSAGE));
    assertEquals(
        url
            + ": expected body to match /Good(bye)?/, got 200 with body '<h1>Hello World!</h1>'"
            + " after 1 s",
        result.sentence());
  }

  @Test
  void commandRunsInTheWorkspaceThroughTheShell() throws Exception {
    Files.writeString(workspace.resolve("marker.txt"), "here");
    CheckResult result =
        checks.evaluate(
            new CommandCheck(
                "cat marker.txt && echo {{word}}", 0, Matcher.contains("here"), null, NO_MESSAGE));
    assertTrue(result.passed(), result.sentence());
  }

  @Test
  void commandFailsOnItsExitCodeAndOnItsOutput() throws Exception {
    CheckResult exit = checks.evaluate(new CommandCheck("exit 3", 0, null, null, NO_MESSAGE));
    assertEquals("command `exit 3`: expected exit code 0, found 3", exit.sentence());
    CheckResult stderr =
        checks.evaluate(
            new CommandCheck(
                "echo oops >&2", null, null, Matcher.not(Matcher.contains("oops")), NO_MESSAGE));
    assertEquals(
        "command `echo oops >&2`: expected error output to not contain 'oops', found 'oops'",
        stderr.sentence());
  }

  @Test
  void commandThatDoesNotEndIsStoppedAtItsBound() throws Exception {
    CheckContext context = checks.context();
    CheckResult result =
        new CommandEvaluator(new UserShell(Path.of("/bin/bash")), Duration.ofSeconds(1))
            .evaluate(
                new CommandCheck("sleep 30", 0, null, null, NO_MESSAGE), context, Duration.ZERO);
    assertEquals(
        "command `sleep 30`: expected it to finish, still running after 1 s", result.sentence());
  }

  @Test
  void outputIsComparedWithoutEscapeCodes() throws Exception {
    lastOutput.set("\u001B[1mREPOSITORY\u001B[0m   TAG\r\nfriendlyhello   latest\r\n");
    CheckResult result =
        checks.evaluate(
            new OutputCheck(Matcher.matches("(?m)^friendlyhello\\s+latest$"), NO_MESSAGE));
    assertTrue(result.passed(), result.sentence());
    lastOutput.set("\u001B[31mError: no such image\u001B[0m\n");
    CheckResult failed =
        checks.evaluate(new OutputCheck(Matcher.contains("Login Succeeded"), NO_MESSAGE));
    assertEquals(
        "the last command's output: expected it to contain 'Login Succeeded', found"
            + " 'Error: no such image'",
        failed.sentence());
  }

  @Test
  void fileExistsWithContentOrFails() throws Exception {
    Files.writeString(workspace.resolve("Dockerfile"), "FROM python:3.11-slim\nCMD bash\n");
    assertTrue(
        checks
            .evaluate(
                new FileCheck(
                    "Dockerfile",
                    true,
                    Matcher.matches("(?m)^FROM python:3\\.11-slim$"),
                    NO_MESSAGE))
            .passed());
    CheckResult content =
        checks.evaluate(
            new FileCheck("Dockerfile", true, Matcher.contains("EXPOSE 80"), NO_MESSAGE));
    assertEquals(
        "file Dockerfile: expected content to contain 'EXPOSE 80', found 'FROM"
            + " python:3.11-slim ⏎ CMD bash'",
        content.sentence());
    CheckResult missing = checks.evaluate(new FileCheck("app.py", true, null, NO_MESSAGE));
    assertEquals("file app.py: expected it to exist, found no such file", missing.sentence());
    CheckResult outside =
        checks.evaluate(new FileCheck("../../etc/passwd", true, null, NO_MESSAGE));
    assertFalse(outside.passed());
    assertTrue(
        outside.sentence().startsWith("file ../../etc/passwd: could not look ("),
        outside.sentence());
  }
}
