package io.docklab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.docklab.docker.DockerEngine;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code docklab test} on lessons whose reference solution (or check) is wrong, against the real
 * engine: each run exits 1, names the step that failed and says why, passes the steps before it,
 * skips the steps after it, and leaves nothing of the lesson behind.
 */
class BrokenSolutionsIT {
  private static final Path LESSONS = Path.of("src/test/resources/broken-solutions");
  private static final Path REPORTS = Path.of("target/lesson-reports");
  private static final String PREFIX = "docklab-it-test-";

  private static DockerEngine engine;

  @BeforeAll
  static void connect() {
    engine = DockerEngine.connect();
  }

  @AfterAll
  static void disconnect() {
    engine.close();
  }

  /** Runs one broken lesson; its JSON report. */
  private static JsonNode test(String file) throws Exception {
    Path json = REPORTS.resolve("broken-" + file + ".json");
    Launcher.Run run =
        Launcher.run(
            Duration.ofMinutes(3),
            Map.of(),
            "test",
            "--lang",
            "en",
            LESSONS.resolve(file).toString(),
            "--json",
            json.toString());
    assertEquals(ExitCode.FAILED, run.exitCode(), run.output());
    JsonNode report = new ObjectMapper().readTree(json.toFile());
    assertFalse(report.get("passed").asBoolean());
    assertTrue(leftovers().isEmpty(), "left behind: " + leftovers() + "\n" + run.output());
    return report.at("/lessons/0");
  }

  /** The step that failed; asserts the steps before it passed and the ones after were skipped. */
  private static JsonNode failedStep(JsonNode lesson, String stepId) {
    JsonNode failed = null;
    for (JsonNode step : lesson.get("steps")) {
      String status = step.get("status").asText();
      if (failed != null) {
        assertEquals("skipped", status, step.toString());
      } else if (step.get("id").asText().equals(stepId)) {
        assertEquals("failed", status, step.toString());
        failed = step;
      } else {
        assertEquals("passed", status, step.toString());
      }
    }
    assertTrue(failed != null, "no step " + stepId + " in " + lesson);
    return failed;
  }

  private static void assertReason(JsonNode step, String... parts) {
    String reason = step.get("reason").asText();
    for (String part : parts) {
      assertTrue(reason.contains(part), "reason: " + reason + "\nexpected: " + part);
    }
  }

  @Test
  void aWrongTagFailsTheImageCheckOfTheBuildStep() throws Exception {
    JsonNode lesson = test("wrong-tag.yaml");
    JsonNode build = failedStep(lesson, "build");
    assertReason(
        build,
        "check 1 (image): image docklab-it-test-wrong-tag:v1: expected it to exist, found no such"
            + " image");
    assertTrue(
        build.get("output").asText().contains("docklab-it-test-wrong-tag:v2"), build.toString());
    assertEquals("skipped", lesson.at("/steps/2/status").asText());
  }

  @Test
  void aMissingExposeFailsTheImageCheckOnItsExposedPorts() throws Exception {
    JsonNode build = failedStep(test("missing-expose.yaml"), "build");
    assertReason(
        build,
        "check 1 (image): image docklab-it-test-missing-expose: expected EXPOSE 8000/tcp, found"
            + " none");
  }

  @Test
  void aServerWithTheWrongTextFailsTheHttpCheck() throws Exception {
    JsonNode serve = failedStep(test("wrong-text.md"), "serve");
    assertReason(
        serve, "check 1 (http): ", "expected body to contain 'Hello from docklab'", "Goodbye");
  }

  @Test
  void aCheckThatPassesBeforeTheWorkIsFlagged() throws Exception {
    JsonNode greet = failedStep(test("passes-before.yaml"), "greet");
    assertReason(greet, "check 1 (file) passes before the work: ");
  }

  @Test
  void stepRunsTheEarlierSolutionsUncheckedAndKeepLeavesWhatTheLessonMade() throws Exception {
    Path json = REPORTS.resolve("step-keep.json");
    Launcher.Run run =
        Launcher.run(
            Duration.ofMinutes(3),
            Map.of(),
            "test",
            "--lang",
            "en",
            LESSONS.resolve("wrong-text.md").toString(),
            "--step",
            "build",
            "--keep",
            "--json",
            json.toString());
    try {
      assertEquals(ExitCode.OK, run.exitCode(), run.output());
      JsonNode steps = new ObjectMapper().readTree(json.toFile()).at("/lessons/0/steps");
      assertEquals("skipped", steps.at("/0/status").asText());
      assertEquals(
          "solution run unchecked, since the checked step builds on it",
          steps.at("/0/reason").asText());
      assertEquals("passed", steps.at("/1/status").asText());
      assertEquals("skipped", steps.at("/2/status").asText());
      assertEquals("not run: after the step chosen with --step", steps.at("/2/reason").asText());
      assertEquals(List.of("image docklab-it-test-wrong-text:latest"), leftovers(), run.output());
    } finally {
      engine.client().removeImageCmd("docklab-it-test-wrong-text").withForce(true).exec();
    }
  }

  /** Containers and images on the engine whose name starts with the prefix of these lessons. */
  private static List<String> leftovers() {
    List<String> found = new ArrayList<>();
    engine.client().listContainersCmd().withShowAll(true).exec().stream()
        .flatMap(container -> List.of(container.getNames()).stream())
        .filter(name -> name.startsWith("/" + PREFIX))
        .forEach(name -> found.add("container " + name));
    engine.client().listImagesCmd().exec().stream()
        .filter(image -> image.getRepoTags() != null)
        .flatMap(image -> List.of(image.getRepoTags()).stream())
        .filter(tag -> tag.startsWith(PREFIX) && !tag.startsWith(PREFIX + "interrupt"))
        .forEach(tag -> found.add("image " + tag));
    return found.stream().filter(name -> !name.contains(PREFIX + "interrupt")).toList();
  }
}
