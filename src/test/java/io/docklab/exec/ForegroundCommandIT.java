package io.docklab.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.dockerjava.api.command.InspectContainerResponse;
import io.docklab.docker.DockerEngine;
import io.docklab.docker.Leftovers;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A server in a container started in the foreground, read over HTTP, then stopped by an interrupt:
 * the docker CLI passes SIGINT on to the container (sig-proxy), so the container stops too.
 */
class ForegroundCommandIT {
  private static final String CONTAINER = "docklab-it-fg";

  @TempDir Path workspace;
  private DockerEngine engine;

  static Stream<ProcessLauncher> launchers() {
    return Stream.of(new PipeLauncher(), new PtyLauncher(80, 24));
  }

  @BeforeEach
  void connect() {
    engine = DockerEngine.connect();
    Leftovers.removeContainer(engine, CONTAINER);
  }

  @AfterEach
  void cleanUp() {
    Leftovers.removeContainer(engine, CONTAINER);
    engine.close();
  }

  @ParameterizedTest
  @MethodSource("launchers")
  void anInterruptStopsTheServerAndItsContainer(ProcessLauncher launcher) throws Exception {
    int port = freePort();
    String commandLine =
        "docker run --name "
            + CONTAINER
            + " -p 127.0.0.1:"
            + port
            + ":8000 python python -m http.server 8000";
    ByteArrayOutputStream live = new ByteArrayOutputStream();
    try (ForegroundCommand server =
        ForegroundCommand.start(
            launcher, new UserShell(Path.of("/bin/bash")), workspace, commandLine, live)) {
      HttpResponse<String> page = awaitPage(URI.create("http://localhost:" + port + "/"), server);
      assertEquals(200, page.statusCode());
      assertTrue(page.body().contains("Directory listing for /"), page.body());

      long began = System.nanoTime();
      CommandResult result = server.interrupt(Duration.ofSeconds(20));
      System.out.println(
          "ForegroundCommandIT ("
              + (launcher.terminal() ? "pty" : "pipes")
              + "): interrupt to end "
              + Duration.ofNanos(System.nanoTime() - began).toMillis()
              + " ms");

      assertEquals(CommandResult.Ending.INTERRUPTED, result.ending(), result.output());
      assertTrue(
          result.output().contains("Keyboard interrupt received, exiting."), result.output());
    }
    InspectContainerResponse.ContainerState state =
        engine.client().inspectContainerCmd(CONTAINER).exec().getState();
    assertFalse(state.getRunning(), "the container still runs");
    assertEquals(0L, state.getExitCodeLong(), "python ended by its own KeyboardInterrupt");
  }

  private static HttpResponse<String> awaitPage(URI uri, ForegroundCommand server)
      throws InterruptedException {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).build();
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (true) {
      try {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
      } catch (IOException notYet) {
        assertTrue(server.isRunning(), "the server ended: " + server.output());
        assertTrue(System.nanoTime() < deadline, "no answer from " + uri + ": " + notYet);
        Thread.sleep(200);
      }
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }
}
