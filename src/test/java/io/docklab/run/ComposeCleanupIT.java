package io.docklab.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.model.Container;
import io.docklab.docker.DockerEngine;
import io.docklab.docker.EngineAccess;
import io.docklab.exec.Variables;
import io.docklab.exec.Workspace;
import io.docklab.i18n.Messages;
import io.docklab.lesson.Creates;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * What Docker Compose made from a directory in the lesson's workspace is the lesson's: docklab test
 * and reset remove its containers and then its project's network, whatever the names; a Compose
 * project of the same engine run elsewhere stays.
 */
class ComposeCleanupIT {
  private static final String SUFFIX = Long.toHexString(System.nanoTime() & 0xffffffL);
  private static final String INSIDE = "dlcomposein" + SUFFIX;
  private static final String OUTSIDE = "dlcomposeout" + SUFFIX;

  @TempDir Path workspace;
  @TempDir Path elsewhere;

  @AfterEach
  void down() throws Exception {
    for (Path dir : List.of(workspace.resolve(INSIDE), elsewhere.resolve(OUTSIDE))) {
      if (Files.exists(dir)) {
        compose(dir, "down", "-t", "0");
      }
    }
  }

  @Test
  @Timeout(value = 3, unit = TimeUnit.MINUTES)
  void composeProjectsInTheWorkspaceGoAndOthersStay() throws Exception {
    Path inside = project(workspace.resolve(INSIDE));
    Path outside = project(elsewhere.resolve(OUTSIDE));
    assertEquals(0, compose(inside, "up", "-d"));
    assertEquals(0, compose(outside, "up", "-d"));
    Messages.use(Locale.ENGLISH);
    try (DockerEngine engine = DockerEngine.connect()) {
      CleanupReport report =
          new LessonCleanup(EngineAccess.of(engine), Workspace.at(workspace), Variables.NONE)
              .clean(new Creates(List.of(), List.of(), List.of(), List.of()));
      assertTrue(report.clean(), report.problems().toString());
      DockerClient client = engine.client();
      assertEquals(List.of(), containersOf(client, INSIDE), report.removed().toString());
      assertTrue(
          client.listNetworksCmd().exec().stream().noneMatch(n -> n.getName().startsWith(INSIDE)),
          report.removed().toString());
      assertEquals(1, containersOf(client, OUTSIDE).size(), report.removed().toString());
      assertTrue(
          client.listNetworksCmd().exec().stream().anyMatch(n -> n.getName().startsWith(OUTSIDE)));
    }
  }

  private static List<Container> containersOf(DockerClient client, String project) {
    return client
        .listContainersCmd()
        .withShowAll(true)
        .withLabelFilter(Map.of("com.docker.compose.project", project))
        .exec();
  }

  private static Path project(Path dir) throws Exception {
    Files.createDirectories(dir);
    Files.writeString(
        dir.resolve("docker-compose.yml"),
        "version: '3'\nservices:\n  box:\n    image: busybox:latest\n    command: sleep 300\n");
    return dir;
  }

  private static int compose(Path dir, String... args) throws Exception {
    List<String> command = new java.util.ArrayList<>(List.of("docker-compose"));
    command.addAll(List.of(args));
    Process process =
        new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
    process.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
    if (!process.waitFor(90, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      return -1;
    }
    return process.exitValue();
  }
}
