package io.docklab.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.dockerjava.api.command.InspectContainerResponse;
import io.docklab.docker.DockerEngine;
import io.docklab.docker.Leftovers;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code docker run -ti} of the lab's python image on a pseudo-terminal, typed into, then checked.
 */
class InteractiveRunIT {
  private static final String CONTAINER = "docklab-it-interactive";

  @TempDir Path workspace;
  private DockerEngine engine;

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

  @Test
  void createsAFileInAContainerThroughScriptedInput() throws Exception {
    ByteArrayOutputStream live = new ByteArrayOutputStream();
    InteractiveRun run =
        new InteractiveRun(new PtyLauncher(80, 24), new UserShell(Path.of("/bin/bash")), live);

    CommandResult result =
        run.run(
            "docker run --name " + CONTAINER + " -ti python bash",
            workspace,
            ScriptedInput.lines(
                "echo 'print(\"Hello World!\")' > hello.py", "python hello.py", "exit"),
            Duration.ofSeconds(60));
    System.out.println(
        "InteractiveRunIT: docker run -ti took " + result.duration().toMillis() + " ms");

    assertEquals(CommandResult.Ending.EXITED, result.ending(), result.output());
    assertEquals(0, result.exitCode(), result.output());
    assertTrue(
        result.output().lines().anyMatch(line -> line.equals("Hello World!")), result.output());
    InspectContainerResponse.ContainerState state =
        engine.client().inspectContainerCmd(CONTAINER).exec().getState();
    assertFalse(state.getRunning());
    assertEquals(0L, state.getExitCodeLong());
    assertEquals("print(\"Hello World!\")\n", fileInContainer("/hello.py"));
  }

  private String fileInContainer(String path) throws Exception {
    try (InputStream archive = engine.client().copyArchiveFromContainerCmd(CONTAINER, path).exec();
        TarArchiveInputStream tar = new TarArchiveInputStream(archive)) {
      TarArchiveEntry entry = tar.getNextEntry();
      assertEquals("hello.py", entry.getName());
      return new String(tar.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
