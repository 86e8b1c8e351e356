package io.docklab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code docklab prepare} with lessons that declare offline recipes, as a person runs it: no
 * registry answers for the image, so the lesson's recipe makes it, and the report says so; a second
 * lesson with a different recipe for the same image is an error naming both files.
 */
@Timeout(value = 15, unit = TimeUnit.MINUTES)
class RecipePrepareIT {
  private static final String BUSYBOX_BASE_PACKAGES = "[busybox-static]";

  @TempDir Path lessons;

  private final String image =
      "docklab-test/prepare-" + UUID.randomUUID().toString().substring(0, 8) + ":latest";

  private void lesson(String file, String id, String command) throws IOException {
    Files.writeString(
        lessons.resolve(file),
        """
        id: %s
        languages: [en]
        title: Recipe
        summary: A lesson that brings its own recipe.
        estimatedMinutes: 1
        requires:
          images:
            - ref: %s
              offline:
                packages: %s
                dockerfile: |
                  RUN busybox --install -s /usr/local/bin
                  CMD ["%s"]
        steps:
          - id: one
            title: One
            checks:
              - kind: command
                run: "true"
                passesBefore: never mind
        """
            .formatted(id, image, BUSYBOX_BASE_PACKAGES, command));
  }

  @Test
  void theLessonsRecipeMakesTheImageAndTheReportSaysSo() throws Exception {
    lesson("a.yaml", "recipe-a", "sh");
    lesson("b.yaml", "recipe-b", "ash");
    List<String> basesBefore = bases();
    try {
      Launcher.Run first =
          Launcher.run(
              Duration.ofMinutes(12),
              Map.of(),
              "prepare",
              "--lang",
              "en",
              "--lessons",
              lessons.toString());
      String output = first.output();
      assertEquals(1, first.exitCode(), output); // the conflict fails prepare
      assertTrue(
          output.contains(
              lessons.resolve("b.yaml")
                  + ":8:7: the offline recipe for '"
                  + image
                  + "' differs from the one in "
                  + lessons.resolve("a.yaml")
                  + ":8:7"),
          output);
      assertTrue(
          output.contains(
              "  image "
                  + image
                  + ": cannot pull (no registry reachable at registry-1.docker.io);"
                  + " building it offline from Debian packages"),
          output);
      assertTrue(
          output.matches(
              "(?s).*  image "
                  + java.util.regex.Pattern.quote(image)
                  + ": built offline \\(from the lesson's recipe: (from docklab/recipe-base:bookworm-[0-9a-f]{12}|debootstrap bookworm and docker import, \\d+ s); docker build, \\d+ s\\)\n.*"),
          output);
      assertEquals(
          "[\"sh\"]", docker("image", "inspect", "-f", "{{json .Config.Cmd}}", image).strip());

      Launcher.Run second =
          Launcher.run(Map.of(), "prepare", "--lang", "en", "--lessons", lessons.toString());
      assertTrue(
          second.output().contains("  image " + image + ": already present"), second.output());
    } finally {
      docker("image", "rm", image);
      for (String base : bases()) {
        if (!basesBefore.contains(base)) {
          docker("image", "rm", base); // made by this test: gone again
        }
      }
    }
  }

  /** The recipe bases on the engine now. */
  private static List<String> bases() throws IOException, InterruptedException {
    List<String> bases = new ArrayList<>();
    for (String line :
        docker("images", "--format", "{{.Repository}}:{{.Tag}}", "docklab/recipe-base")
            .split("\n")) {
      if (!line.isBlank()) {
        bases.add(line.strip());
      }
    }
    return bases;
  }

  private static String docker(String... arguments) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("docker"));
    command.addAll(List.of(arguments));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    process.getOutputStream().close();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(120, TimeUnit.SECONDS)) {
      process.destroyForcibly();
    }
    return output;
  }
}
