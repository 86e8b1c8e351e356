package io.docklab.repl;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.docklab.docker.DockerEngine;
import io.docklab.docker.Leftovers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * In the lab, in a real terminal against the real engine: a manual step whose state is reached says
 * so and waits for {@code :next}; a step command meant to fail ({@code exitCode: nonzero}) that
 * fails gets no ✗, and one that ends otherwise is told so.
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class ManualStepIT {
  private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
  private static final String LOOK = "docklab-it-manual-look-" + RUN;
  private static final String LESSON = "manual-it-" + RUN;

  @TempDir Path home;
  @TempDir Path lessons;

  @AfterEach
  void cleanUp() {
    try (DockerEngine engine = DockerEngine.connect()) {
      Leftovers.removeContainer(engine, LOOK);
    }
  }

  private static String lesson() {
    return """
        ---
        id: %1$s
        languages: [en, ja]
        title: Manual steps
        summary: A step that waits for the learner.
        estimatedMinutes: 1
        requires:
          images: [hello-world:latest]
        creates:
          containers: [%2$s]
        ---

        ## Look at it {#look ja="見る" advance=manual}

        ```sh command
        docker run --name %2$s hello-world
        ```

        ```yaml check
        kind: container
        name: %2$s
        state: exited
        ```

        ## Remove it {#remove ja="消す"}

        ```sh command {exitCode=nonzero}
        docker inspect docklab-it-manual-absent-%3$s
        ```

        ```sh command {exitCode=nonzero}
        docker inspect %2$s
        ```

        ```sh command
        docker rm %2$s
        ```

        ```yaml check
        kind: container
        name: %2$s
        exists: false
        ```
        """
        .formatted(LESSON, LOOK, RUN);
  }

  @Test
  void aManualStepWaitsForNextAndAFailureOnPurposeGetsNoCross() throws Exception {
    Files.writeString(lessons.resolve(LESSON + ".md"), lesson());
    String first = "docklab[" + LESSON + " 1/2]$";
    String second = "docklab[" + LESSON + " 2/2]$";
    try (Tmux terminal = new Tmux("docklab-it-manual-" + RUN, List.of("DOCKLAB_HOME=" + home))) {
      terminal.start("--lang", "en", "--lessons", lessons.toString(), "start", LESSON);
      terminal.waitFor(first, Duration.ofSeconds(30));

      terminal.type("docker run --name " + LOOK + " hello-world");
      String reached = terminal.waitFor("the state is reached", Duration.ofSeconds(60));
      assertTrue(reached.contains("type :next to go on"), reached);
      String after = terminal.waitFor(first, Duration.ofSeconds(10));
      assertFalse(after.contains("Step 1/2 done"), "done before :next:\n" + after);

      terminal.type("docker ps -a --filter name=" + LOOK);
      String looked = terminal.waitFor(first, Duration.ofSeconds(20));
      assertFalse(looked.contains("the state is reached"), "said twice:\n" + looked);

      terminal.type(":next");
      terminal.waitFor("✓ Step 1/2 done", Duration.ofSeconds(20));
      terminal.waitFor(second, Duration.ofSeconds(10));

      terminal.type("docker inspect docklab-it-manual-absent-" + RUN);
      String failed = terminal.waitFor(second, Duration.ofSeconds(20));
      assertTrue(failed.contains("1 of 3 done"), failed);
      assertFalse(failed.contains("✗"), "a failure on purpose got a cross:\n" + failed);

      terminal.type("docker inspect " + LOOK);
      String unexpected = terminal.waitFor(second, Duration.ofSeconds(20));
      assertTrue(
          unexpected.contains("expected exit status nonzero, got 0"),
          "an unexpected success is not said:\n" + unexpected);

      terminal.type("docker rm " + LOOK);
      terminal.waitFor("✓ Step 2/2 done", Duration.ofSeconds(30));
      terminal.type(":quit");
      terminal.waitFor(Tmux.EXITED + "0", Duration.ofSeconds(20));
    }
  }
}
