package io.docklab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.dockerjava.api.exception.NotFoundException;
import io.docklab.docker.DockerEngine;
import io.docklab.docker.Leftovers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Ctrl-C in the middle of {@code docklab test}: SIGINT to the docklab process while a lesson's
 * long-running server runs and its check waits. docklab stops the server and cleans up: no
 * container of the lesson is left.
 */
class InterruptedTestRunIT {
  private static final String CONTAINER = "docklab-it-test-interrupt";

  @Test
  void sigintDuringALongRunningServerLeavesNoContainerOfTheLesson() throws Exception {
    Path log = Files.createTempFile("docklab-test-interrupt-", ".log");
    try (DockerEngine engine = DockerEngine.connect()) {
      Leftovers.removeContainer(engine, CONTAINER);
      Process docklab =
          Launcher.start(
              log,
              Map.of(),
              "test",
              "--lang",
              "en",
              "src/test/resources/interrupt/long-server.yaml");
      try {
        waitUntilRunning(engine, docklab, log);
        new ProcessBuilder("kill", "-INT", Long.toString(docklab.pid())).start().waitFor();
        assertTrue(
            docklab.waitFor(90, TimeUnit.SECONDS),
            "docklab did not end after SIGINT:\n" + Files.readString(log));
      } finally {
        docklab.destroyForcibly();
      }
      String output = Files.readString(log, StandardCharsets.UTF_8);
      assertFalse(exists(engine, CONTAINER), "container left behind:\n" + output);
      assertTrue(output.contains("removed after the run: "), output);
      assertEquals(130, docklab.exitValue(), output);
    } finally {
      Files.deleteIfExists(log);
    }
  }

  private static void waitUntilRunning(DockerEngine engine, Process docklab, Path log)
      throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (System.nanoTime() < deadline) {
      if (!docklab.isAlive()) {
        throw new AssertionError("docklab ended early:\n" + Files.readString(log));
      }
      if (running(engine, CONTAINER)) {
        Thread.sleep(1000); // The check is waiting now.
        return;
      }
      Thread.sleep(200);
    }
    throw new AssertionError("the server never ran:\n" + Files.readString(log));
  }

  private static boolean running(DockerEngine engine, String name) {
    try {
      return Boolean.TRUE.equals(
          engine.client().inspectContainerCmd(name).exec().getState().getRunning());
    } catch (NotFoundException absent) {
      return false;
    }
  }

  private static boolean exists(DockerEngine engine, String name) {
    try {
      engine.client().inspectContainerCmd(name).exec();
      return true;
    } catch (NotFoundException absent) {
      return false;
    }
  }
}
