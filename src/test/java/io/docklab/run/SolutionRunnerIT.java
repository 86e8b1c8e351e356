package io.docklab.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.dockerjava.api.command.InspectContainerResponse;
import io.docklab.docker.DockerEngine;
import io.docklab.docker.Leftovers;
import io.docklab.exec.PipeLauncher;
import io.docklab.exec.PtyLauncher;
import io.docklab.exec.UserShell;
import io.docklab.exec.Variables;
import io.docklab.exec.Workspace;
import io.docklab.i18n.Messages;
import io.docklab.lesson.Action;
import io.docklab.lesson.CommandAction;
import io.docklab.lesson.CommandMode;
import io.docklab.lesson.FileAction;
import io.docklab.lesson.Text;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A step-like list of actions run for real: files, the shell, docker run -ti, a server. */
class SolutionRunnerIT {
  static final String SHELL = "docklab-it-steps-shell";
  static final String SERVER = "docklab-it-steps-http";
  static final String STUCK = "docklab-it-steps-stuck";
  static final String HOOK_SERVER = "docklab-it-steps-hook-http";
  static final String HOOK_SHELL = "docklab-it-steps-hook-shell";
  private static final List<String> CONTAINERS =
      List.of(SHELL, SERVER, STUCK, HOOK_SERVER, HOOK_SHELL);
  private static final String NASTY = "$(touch pwned)'; rm -rf keep; echo '";

  @TempDir Path root;
  private final ByteArrayOutputStream live = new ByteArrayOutputStream();
  private DockerEngine engine;

  @BeforeEach
  void connect() {
    Messages.use(Locale.ENGLISH);
    engine = DockerEngine.connect();
    CONTAINERS.forEach(name -> Leftovers.removeContainer(engine, name));
  }

  @AfterEach
  void cleanUp() {
    CONTAINERS.forEach(name -> Leftovers.removeContainer(engine, name));
    engine.close();
  }

  private SolutionRunner runner(Duration interactiveTimeout) {
    return new SolutionRunner(
        Workspace.at(root),
        new Variables(Map.of("who", "Ada", "nasty", NASTY, "shell", SHELL)),
        Locale.ENGLISH,
        live,
        interactiveTimeout,
        new PipeLauncher(),
        new PtyLauncher(80, 24),
        new UserShell(Path.of("/bin/bash")));
  }

  private static CommandAction command(String run, CommandMode mode, String... input) {
    return new CommandAction(run, mode, List.of(input));
  }

  @Test
  void runsAStepOfFilesCommandsAnInteractiveContainerAndAServer() throws Exception {
    Files.writeString(root.resolve("keep"), "still here");
    int port = 22010;
    try (SolutionRunner runner = runner(Duration.ofSeconds(60))) {
      List<Action> step =
          List.of(
              new FileAction("app/greeting.txt", Text.same("hello from {{who}}\n", List.of("en"))),
              command("cd app", CommandMode.PLAIN),
              command("printf '%s' {{nasty}} > nasty.txt && cat greeting.txt", CommandMode.PLAIN),
              command(
                  "docker run --name {{shell}} -ti python bash",
                  CommandMode.INTERACTIVE,
                  "echo made by {{who}} > /made.txt",
                  "exit"),
              command(
                  "docker run --name "
                      + SERVER
                      + " -p 127.0.0.1:"
                      + port
                      + ":8000 python:3.11-slim python3 -m http.server 8000",
                  CommandMode.LONG_RUNNING));
      long began = System.nanoTime();
      SolutionOutcome outcome = runner.run(step);
      assertTrue(outcome.succeeded(), outcome.problem() + "\n" + live);

      Path app = root.resolve("app");
      assertEquals(NASTY, Files.readString(app.resolve("nasty.txt")));
      assertFalse(Files.exists(app.resolve("pwned")), "a command substitution ran");
      assertTrue(Files.exists(root.resolve("keep")), "rm ran");
      assertEquals("made by Ada\n", fileInContainer(SHELL, "/made.txt"));
      assertEquals(0L, state(SHELL).getExitCodeLong());

      HttpResponse<String> page = awaitPage(URI.create("http://127.0.0.1:" + port + "/"));
      System.out.println(
          "SolutionRunnerIT: step to first page "
              + Duration.ofNanos(System.nanoTime() - began).toMillis()
              + " ms");
      assertEquals(200, page.statusCode());
      assertTrue(page.body().contains("Directory listing for /"), page.body());
      assertTrue(state(SERVER).getRunning());

      SolutionOutcome stopped = runner.stopBackground();
      assertTrue(stopped.succeeded(), stopped.problem());
      assertFalse(state(SERVER).getRunning(), "the server's container still runs");
      assertTrue(runner.lastOutput().contains("Keyboard interrupt"), runner.lastOutput());
    }
  }

  @Test
  void aFailingDockerCommandReportsItsExitCode() throws Exception {
    try (SolutionRunner runner = runner(Duration.ofSeconds(60))) {
      Action failing = command("docker inspect docklab-it-steps-absent", CommandMode.PLAIN);
      SolutionOutcome outcome = runner.run(List.of(failing));
      assertEquals(Optional.of(failing), outcome.failedAction());
      assertEquals("`docker inspect docklab-it-steps-absent` exited with 1.", outcome.problem());
      assertTrue(runner.lastOutput().contains("No such object"), runner.lastOutput());
    }
  }

  @Test
  void anInteractiveContainerThatOutlivesItsBoundFailsAndEnds() throws Exception {
    try (SolutionRunner runner = runner(Duration.ofSeconds(4))) {
      SolutionOutcome outcome =
          runner.run(
              List.of(
                  command(
                      "docker run --name " + STUCK + " -ti python bash",
                      CommandMode.INTERACTIVE,
                      "sleep 600")));
      assertFalse(outcome.succeeded());
      assertEquals(
          "`docker run --name "
              + STUCK
              + " -ti python bash` did not finish within 4 s and was"
              + " stopped.",
          outcome.problem());
    }
    assertTrue(endsWithin(STUCK, Duration.ofSeconds(10)), "the container's shell still runs");
  }

  /**
   * A JVM ended by SIGTERM leaves no server and no container shell behind: its shutdown hook stops
   * them.
   */
  @Test
  void aTerminatedJvmLeavesNoContainerRunning() throws Exception {
    Path javaProgram = Path.of(System.getProperty("java.home"), "bin", "java");
    Process child =
        new ProcessBuilder(
                javaProgram.toString(),
                "-cp",
                System.getProperty("java.class.path"),
                RunnerUntilKilled.class.getName(),
                root.toString(),
                HOOK_SERVER,
                HOOK_SHELL,
                "22011")
            .redirectErrorStream(true)
            .redirectOutput(root.resolve("child.log").toFile())
            .start();
    try {
      assertTrue(startsWithin(HOOK_SERVER, Duration.ofSeconds(30)), log());
      assertTrue(startsWithin(HOOK_SHELL, Duration.ofSeconds(30)), log());
      child.destroy(); // SIGTERM
      assertTrue(child.waitFor(30, java.util.concurrent.TimeUnit.SECONDS), "the JVM did not end");
      assertFalse(state(HOOK_SERVER).getRunning(), "the server outlived docklab: " + log());
      assertTrue(endsWithin(HOOK_SHELL, Duration.ofSeconds(10)), "the shell outlived docklab");
    } finally {
      child.destroyForcibly();
    }
  }

  private String log() throws IOException {
    return Files.readString(root.resolve("child.log"));
  }

  private InspectContainerResponse.ContainerState state(String name) {
    return engine.client().inspectContainerCmd(name).exec().getState();
  }

  private boolean startsWithin(String name, Duration bound) throws InterruptedException {
    long deadline = System.nanoTime() + bound.toNanos();
    while (System.nanoTime() < deadline) {
      try {
        if (state(name).getRunning()) {
          return true;
        }
      } catch (com.github.dockerjava.api.exception.NotFoundException notYet) {
        // Not created yet.
      }
      Thread.sleep(200);
    }
    return false;
  }

  private boolean endsWithin(String name, Duration bound) throws InterruptedException {
    long deadline = System.nanoTime() + bound.toNanos();
    while (System.nanoTime() < deadline) {
      if (!state(name).getRunning()) {
        return true;
      }
      Thread.sleep(200);
    }
    return false;
  }

  private String fileInContainer(String container, String path) throws Exception {
    try (InputStream archive = engine.client().copyArchiveFromContainerCmd(container, path).exec();
        TarArchiveInputStream tar = new TarArchiveInputStream(archive)) {
      tar.getNextEntry();
      return new String(tar.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static HttpResponse<String> awaitPage(URI uri) throws InterruptedException {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).build();
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (true) {
      try {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
      } catch (IOException notYet) {
        assertTrue(System.nanoTime() < deadline, "no answer from " + uri + ": " + notYet);
        Thread.sleep(200);
      }
    }
  }
}
