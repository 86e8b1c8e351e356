package io.docklab.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Setup in the real lab, in tmux, against the real engine: the lesson's setup runs when the lesson
 * opens, a step's when the step is reached (not before) or gone back to, both again when the lesson
 * resumes and after {@code :reset lesson}, and a failing setup says one line and the lab goes on.
 */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class LabSetupIT {
  private static final Duration WAIT = Duration.ofSeconds(20);
  private final String run = UUID.randomUUID().toString().substring(0, 8);
  private final String lesson = "docklab-it-lab-setup-" + run;
  private final String net = "docklab-it-lab-setup-net-" + run;

  @TempDir Path home;
  @TempDir Path lessons;

  @BeforeEach
  void write() throws Exception {
    Files.writeString(
        lessons.resolve("staged.md"),
        String.join(
            "\n",
            "---",
            "id: " + lesson,
            "languages: [en]",
            "title: Staged",
            "summary: A lesson whose stage is set by setup.",
            "estimatedMinutes: 1",
            "creates:",
            "  networks: [" + net + "]",
            "  files: [given.txt, setup.log]",
            "---",
            "",
            "The stage is set for you.",
            "",
            "```text file {path=given.txt setup}",
            "given-by-the-lesson",
            "```",
            "",
            "```sh command {setup}",
            "echo lesson >> setup.log",
            "```",
            "",
            "## Look at the given file {#first}",
            "",
            "```sh command",
            "cat given.txt",
            "```",
            "",
            "```yaml check",
            "kind: output",
            "shows: given-by-the-lesson",
            "```",
            "",
            "## Inspect the network {#second}",
            "",
            "```sh command {setup}",
            "docker network inspect " + net + " >/dev/null 2>&1 || docker network create " + net,
            "echo step-two >> setup.log",
            "```",
            "",
            "```sh command",
            "docker network ls --filter name=" + net + " --format 'found {{.Name}}'",
            "```",
            "",
            "```yaml check",
            "kind: output",
            "shows: found " + net,
            "```",
            "",
            "## Broken stage {#third}",
            "",
            "```sh command {setup}",
            "echo 'the stage fell over' >&2; exit 4",
            "```",
            "",
            "```sh command",
            "true",
            "```",
            "",
            "```yaml check",
            "kind: output",
            "shows: never",
            "```",
            ""));
  }

  @AfterEach
  void removeOurs() throws Exception {
    new ProcessBuilder("docker", "network", "rm", net)
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .start()
        .waitFor(30, TimeUnit.SECONDS);
  }

  private Tmux startLab(String name) throws Exception {
    Tmux terminal = new Tmux(name + "-" + run, List.of("DOCKLAB_HOME=" + home));
    terminal.start("--lang", "en", "--lessons", lessons.toString(), "start", lesson);
    return terminal;
  }

  private String log() throws Exception {
    Path file = home.resolve("workspaces").resolve(lesson).resolve("setup.log");
    return Files.exists(file) ? Files.readString(file) : "";
  }

  @Test
  void setupRunsWhenTheLessonOpensAndWhenAStepIsReached() throws Exception {
    try (Tmux terminal = startLab("docklab-it-lab-setup")) {
      terminal.waitFor("docklab[" + lesson + " 1/3]$", WAIT);
      assertEquals("lesson\n", log(), "the lesson's setup, and no step's yet");
      assertFalse(networkExists(), "step 2's setup ran before step 2 was reached");

      terminal.type("cat given.txt");
      terminal.waitFor("docklab[" + lesson + " 2/3]$", WAIT);
      assertEquals("lesson\nstep-two\n", log());
      assertTrue(networkExists(), "step 2's setup did not make the network");
      terminal.type("docker network ls --filter name=" + net + " --format 'found {{.Name}}'");
      String screen = terminal.waitFor("docklab[" + lesson + " 3/3]$", WAIT);
      assertTrue(
          screen.contains(
              "setup of step \"third\" failed: `echo 'the stage fell over' >&2; exit 4` exited"
                  + " with 4: the stage fell over"),
          screen);
      terminal.type("echo the-lab-goes-on");
      terminal.waitFor("\nthe-lab-goes-on", WAIT);
      terminal.type(":back");
      terminal.waitFor("docklab[" + lesson + " 2/3]$", WAIT);
      assertEquals("lesson\nstep-two\nstep-two\n", log(), "going back makes step 2 current");
      terminal.type(":quit");
      terminal.waitFor(Tmux.EXITED + "0", WAIT);
    }
    try (Tmux terminal = startLab("docklab-it-lab-setup-resume")) {
      // It resumes at the first step not done: the third, whose setup fails again.
      terminal.waitFor("setup of step \"third\" failed", WAIT);
      terminal.waitFor("docklab[" + lesson + " 3/3]$", WAIT);
      assertEquals(
          "lesson\nstep-two\nstep-two\nlesson\n", log(), "resuming runs the lesson's setup");
      // :reset lesson removes what the lesson creates, then sets the stage of step 1 again.
      terminal.type(":reset lesson");
      terminal.waitFor("[y/N]", WAIT);
      terminal.type("y");
      terminal.waitFor("docklab[" + lesson + " 1/3]$", WAIT);
      assertEquals("lesson\n", log(), "after :reset lesson, the lesson's setup ran anew");
      assertFalse(networkExists(), ":reset lesson left the lesson's network");
      terminal.type(":quit");
      terminal.waitFor(Tmux.EXITED + "0", WAIT);
    }
  }

  private boolean networkExists() throws Exception {
    Process inspect =
        new ProcessBuilder("docker", "network", "inspect", net)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    assertTrue(inspect.waitFor(30, TimeUnit.SECONDS));
    return inspect.exitValue() == 0;
  }
}
