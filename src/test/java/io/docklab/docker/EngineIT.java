package io.docklab.docker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.dockerjava.api.command.BuildImageResultCallback;
import com.github.dockerjava.api.model.ExposedPort;
import com.github.dockerjava.api.model.HostConfig;
import com.github.dockerjava.api.model.Ports;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The engine is real: build an image on the lab's python image, run it, read its page. */
class EngineIT {
  private static final String IMAGE = "docklab-it/engine-hello:latest";
  private static final String CONTAINER = "docklab-it-engine-hello";

  private DockerEngine engine;

  @BeforeEach
  void connect() {
    engine = DockerEngine.connect();
    removeLeftovers();
  }

  @AfterEach
  void cleanUp() {
    removeLeftovers();
    engine.close();
  }

  @Test
  void negotiatesAnApiVersionTheEngineAccepts() {
    assertTrue(
        engine
            .apiVersion()
            .isGreaterOrEqual(com.github.dockerjava.core.RemoteApiVersion.VERSION_1_41),
        engine.apiVersion().getVersion());
    assertTrue(engine.serverVersion().matches("\\d+\\.\\d+.*"), engine.serverVersion());
  }

  @Test
  void buildsRunsAndServesAPage(@TempDir Path context) throws Exception {
    Files.writeString(
        context.resolve("Dockerfile"),
        "FROM python:3.11-slim\nWORKDIR /app\nCOPY app.py .\nEXPOSE 8000\nCMD [\"python\", \"app.py\"]\n");
    Files.writeString(
        context.resolve("app.py"),
        String.join(
            "\n",
            "from flask import Flask",
            "app = Flask(__name__)",
            "@app.route('/')",
            "def hello():",
            "    return 'Hello from a real engine'",
            "app.run(host='0.0.0.0', port=8000)",
            ""));
    String imageId =
        engine
            .client()
            .buildImageCmd(context.toFile())
            .withTags(Set.of(IMAGE))
            .exec(new BuildImageResultCallback())
            .awaitImageId(120, TimeUnit.SECONDS);
    assertTrue(engine.hasImage(IMAGE), imageId);

    int port = freePort();
    ExposedPort http = ExposedPort.tcp(8000);
    Ports bindings = new Ports();
    bindings.bind(http, Ports.Binding.bindIpAndPort("127.0.0.1", port));
    String container =
        engine
            .client()
            .createContainerCmd(IMAGE)
            .withName(CONTAINER)
            .withExposedPorts(http)
            .withHostConfig(HostConfig.newHostConfig().withPortBindings(bindings))
            .exec()
            .getId();
    engine.client().startContainerCmd(container).exec();

    HttpResponse<String> page = awaitPage(URI.create("http://localhost:" + port + "/"));
    assertEquals(200, page.statusCode());
    assertEquals("Hello from a real engine", page.body());
  }

  private static HttpResponse<String> awaitPage(URI uri) throws InterruptedException {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    Instant deadline = Instant.now().plusSeconds(30);
    IOException last = null;
    while (Instant.now().isBefore(deadline)) {
      try {
        return http.send(
            HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(2)).build(),
            HttpResponse.BodyHandlers.ofString());
      } catch (IOException notYet) {
        last = notYet;
        Thread.sleep(200);
      }
    }
    throw new AssertionError(uri + " did not answer within 30 s", last);
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private void removeLeftovers() {
    Leftovers.removeContainer(engine, CONTAINER);
    if (engine.hasImage(IMAGE)) {
      engine.client().removeImageCmd(IMAGE).withForce(true).exec();
    }
  }
}
