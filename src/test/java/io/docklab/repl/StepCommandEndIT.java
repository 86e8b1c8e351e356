package io.docklab.repl;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the lab says about a step command once it has ended, in a real terminal (tmux), in English
 * and Japanese: a step command that fails (exit status 1) is not counted as done, and one line says
 * so and what the step still needs; a step command that fails as its {@code exitCode} says keeps
 * the calm progress line; ✓ for a step whose checks pass while a plain command still runs is said
 * after the command's output, once the prompt is back, never inside it.
 */
@Timeout(value = 4, unit = TimeUnit.MINUTES)
class StepCommandEndIT {
  private static final Duration SHOWN = Duration.ofSeconds(30);

  private static final Map<String, Map<String, String>> SAID =
      Map.of(
          "en",
          Map.of(
              "failed", "failed (exit status 1) · still to do: docker build -t",
              "progress", "1 of 2 done",
              "done", "✓ Step 3/4"),
          "ja",
          Map.of(
              "failed", "失敗しました (終了ステータス 1) · 残り: docker build -t",
              "progress", "2 件中 1 件完了",
              "done", "✓ ステップ 3/4"));

  @TempDir Path home;
  @TempDir Path lessons;

  private final String name = "docklab-it-stepend-" + UUID.randomUUID().toString().substring(0, 8);
  private final String lesson = name;

  @ParameterizedTest
  @ValueSource(strings = {"en", "ja"})
  void aFailedStepCommandIsNotDoneAndCheckResultsWaitForTheCommandsEnd(String language)
      throws Exception {
    Map<String, String> said = SAID.get(language);
    Files.writeString(lessons.resolve("stepend.yaml"), lessonText());
    try (Tmux terminal = new Tmux(name, List.of("DOCKLAB_HOME=" + home))) {
      terminal.start("--lang", language, "--lessons", lessons.toString(), "start", lesson);
      prompt(terminal, 1);

      // No Dockerfile yet: the build exits 1. Not "1 of 2 done": it failed, and the step needs it.
      terminal.type("docker build -t " + name + " .");
      String after = terminal.waitFor(said.get("failed"), SHOWN);
      prompt(terminal, 1);
      assertTrue(after.contains("✗"), after);
      assertFalse(after.contains(said.get("progress")), after);

      // A step command meant to fail that fails: the calm progress line, no ✗.
      terminal.type(":next");
      prompt(terminal, 2);
      terminal.type("ls no-such-file-" + name);
      after = terminal.waitFor(said.get("progress"), SHOWN);
      prompt(terminal, 2);
      assertFalse(after.contains("✗"), after);
      terminal.type("docker network create " + name);
      prompt(terminal, 3);

      // The step's check already holds while the command runs: ✓ comes after its output.
      terminal.type(pingCommand());
      after = terminal.waitFor(said.get("done"), SHOWN);
      prompt(terminal, 4);
      after = terminal.screen();
      int second = after.lastIndexOf("reply-two");
      int done = after.lastIndexOf(said.get("done"));
      assertTrue(second >= 0 && second < done, "✓ inside the command's output:\n" + after);

      terminal.type(":quit");
      terminal.waitFor(Tmux.EXITED + "0", SHOWN);
    } finally {
      docker("network", "rm", name);
      docker("image", "rm", name);
    }
  }

  private String pingCommand() {
    return "docker run --rm --network "
        + name
        + " busybox:latest sh -c 'echo reply-one; sleep 3; echo reply-two'";
  }

  private void prompt(Tmux terminal, int step) throws IOException, InterruptedException {
    terminal.waitFor("docklab[" + lesson + " " + step + "/4]$", SHOWN);
  }

  private static void docker(String... arguments) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("docker"));
    command.addAll(List.of(arguments));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    process.getInputStream().readAllBytes();
    process.waitFor(60, TimeUnit.SECONDS);
  }

  private String lessonText() {
    return """
        id: %1$s
        languages: [en, ja]
        title: Step command end
        summary: What the lab says once a step command has ended.
        estimatedMinutes: 1
        steps:
          - id: build
            title: Build and run
            text: Build, then run.
            actions:
              - kind: command
                run: docker build -t %1$s .
              - kind: command
                run: docker run --rm %1$s
            checks:
              - kind: image
                ref: %1$s
          - id: network
            title: A network
            text: Look for a file that is not there, then make a network.
            actions:
              - kind: command
                run: ls no-such-file-%1$s
                exitCode: nonzero
              - kind: command
                run: docker network create %1$s
            checks:
              - kind: network
                name: %1$s
          - id: ping
            title: Ping
            text: Run it.
            actions:
              - kind: command
                run: "%2$s"
            checks:
              - kind: network
                name: %1$s
          - id: last
            title: Last
            text: The end.
            actions:
              - kind: command
                run: echo end
            checks:
              - kind: output
                shows: end
        """
        .formatted(lesson, pingCommand());
  }
}
