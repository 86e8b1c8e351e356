package io.docklab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.docklab.docker.DockerEngine;
import io.docklab.docker.Leftovers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code docklab test} on a lesson with commands meant to fail ({@code exitCode}), a server that
 * needs a moment before the next command can reach it ({@code ready} on a URL and on a command) and
 * a manual step, against the real engine: every step passes, and nothing is left behind.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class ExitCodeAndReadyIT {
  private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
  private static final String FAILS = "docklab-it-actions-fails-" + RUN;
  private static final String WEB = "docklab-it-actions-web-" + RUN;
  private static final int PORT = 22731;

  @TempDir Path dir;
  private DockerEngine engine;

  @BeforeEach
  void connect() {
    engine = DockerEngine.connect();
  }

  @AfterEach
  void cleanUp() {
    List.of(FAILS, WEB).forEach(name -> Leftovers.removeContainer(engine, name));
    engine.close();
  }

  private static String lesson() {
    return """
        id: actions-it-%1$s
        languages: [en]
        title: exitCode and ready
        summary: Commands meant to fail, and servers that need a moment.
        estimatedMinutes: 1
        requires:
          images: [python:3.11-slim]
        creates:
          containers: [%2$s, %3$s]
          files: [page.html]
        steps:
          - id: fail
            title: Fail on purpose
            actions:
              - kind: command
                run: docker inspect docklab-it-actions-absent-%1$s
                exitCode: nonzero
              - kind: command
                run: docker run --name %2$s python:3.11-slim python -c 'import sys; sys.exit(6)'
                exitCode: 6
            checks:
              - {kind: container, name: %2$s, state: exited, exitCode: 6}
          - id: serve
            title: Serve, then fetch
            advance: manual
            actions:
              - kind: command
                run: >-
                  docker run -d --name %3$s -p 127.0.0.1:%4$d:8000 python:3.11-slim
                  sh -c 'sleep 2; touch /tmp/up; exec python -m http.server 8000'
                ready: {url: "http://127.0.0.1:%4$d/", within: 60s}
              - kind: command
                run: curl -fsS http://127.0.0.1:%4$d/ > page.html
                ready: {run: docker exec %3$s test -f /tmp/up, within: 20s}
            checks:
              - {kind: file, path: page.html, content: Directory listing}
        """
        .formatted(RUN, FAILS, WEB, PORT);
  }

  @Test
  void commandsMeantToFailAndReadyWaitsPassDocklabTest() throws Exception {
    Path file = dir.resolve("actions-it.yaml");
    Files.writeString(file, lesson());
    Path json = dir.resolve("report.json");
    Launcher.Run run =
        Launcher.run(
            Duration.ofMinutes(4),
            Map.of("DOCKLAB_HOME", dir.resolve("home").toString()),
            "test",
            "--lang",
            "en",
            file.toString(),
            "--json",
            json.toString());
    assertEquals(ExitCode.OK, run.exitCode(), run.output());
    JsonNode steps = new ObjectMapper().readTree(json.toFile()).at("/lessons/0/steps");
    assertEquals(2, steps.size(), steps.toString());
    for (JsonNode step : steps) {
      assertEquals("passed", step.get("status").asText(), step.toString());
    }
    assertTrue(run.output().contains("removed after the run"), run.output());
    for (String name : List.of(FAILS, WEB)) {
      assertTrue(
          engine
              .client()
              .listContainersCmd()
              .withShowAll(true)
              .withNameFilter(List.of(name))
              .exec()
              .stream()
              .noneMatch(c -> List.of(c.getNames()).contains("/" + name)),
          name + " left behind");
    }
  }
}
