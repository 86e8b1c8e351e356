package io.docklab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code docklab class status} through the built launcher, against {@code class serve --stuck 1} on
 * port 22764: two learners post events over HTTP as their lab would, and the table shows each step
 * done, current or not reached, the current step's facts and who is stuck, on 80 columns.
 */
@Timeout(120)
class ClassStatusIT {
  private static final String ADDRESS = "127.0.0.1:22764";
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path teacherHome;

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @Test
  void statusShowsEachStepAndTheCurrentStepsFacts() throws Exception {
    Path log = teacherHome.resolve("serve.log");
    Process server =
        Launcher.start(
            log,
            Launcher.home(teacherHome),
            "--lang",
            "en",
            "class",
            "serve",
            "--listen",
            ADDRESS,
            "--name",
            "Docker 101",
            "--stuck",
            "1");
    try {
      String printed = Launcher.awaitOutput(log, "docklab class join ");
      assertTrue(printed.contains("stuck after 1 min on one step"), printed);
      String code = Launcher.classCode(printed);
      JsonNode aiko = join(code, "Aiko");
      JsonNode ben = join(code, "Ben");
      Instant now = Instant.now();
      String lesson = "own-lesson"; // not served: its steps get columns in the order named
      post(
          aiko,
          event(1, "step-started", lesson, "a", now, null),
          event(2, "step-done", lesson, "a", now, null),
          event(3, "step-started", lesson, "b", now, null),
          event(4, "check-failed", lesson, "b", now, "expected a container named web, found none"),
          event(5, "hint-shown", lesson, "b", now, null));
      post(ben, event(1, "step-started", lesson, "c", now.minusSeconds(5 * 60), null));

      Launcher.Run status =
          Launcher.run(Launcher.home(teacherHome), "--lang", "en", "class", "status");
      assertEquals(0, status.exitCode(), status.output());
      String out = status.output();
      assertTrue(out.contains("Class “Docker 101”: 2 learner(s); stuck after 1 min"), out);
      assertTrue(out.contains("\nAiko\n"), out);
      assertTrue(out.contains("▶ b for 0 min: 1 failed check(s), 1 hint(s), 0 solution(s)"), out);
      assertTrue(out.contains("last failure: expected a container named web, found none"), out);
      assertTrue(out.contains("\nBen  STUCK\n"), out);
      assertTrue(out.contains("▶ c for 5 min: 0 failed check(s)"), out);
      assertTrue(
          Pattern.compile("\n  " + lesson + " +✓ ▶ ·").matcher(out).find(), "per step:\n" + out);
      for (String line : out.split("\n")) {
        assertTrue(line.codePointCount(0, line.length()) <= 80, "over 80 columns: " + line);
      }

      Launcher.Run japanese =
          Launcher.run(Launcher.home(teacherHome), "--lang", "ja", "class", "status");
      assertTrue(japanese.output().contains("Ben  止まっている"), japanese.output());
      Launcher.Run json = Launcher.run(Launcher.home(teacherHome), "class", "status", "--json");
      assertEquals(1, JSON.readTree(json.output()).path("stuckMinutes").asInt(), json.output());
      Launcher.Run csv = Launcher.run(Launcher.home(teacherHome), "class", "status", "--csv");
      assertTrue(csv.output().contains(",Aiko,"), csv.output());
      assertTrue(csv.output().contains(",done,current"), csv.output());
    } finally {
      Launcher.stop(server);
    }
  }

  @Test
  void aStuckThresholdOutOfRangeIsRefusedInOneLine() throws Exception {
    Launcher.Run run =
        Launcher.run(
            Launcher.home(teacherHome),
            "--lang",
            "en",
            "class",
            "serve",
            "--listen",
            ADDRESS,
            "--stuck",
            "0");
    assertEquals(ExitCode.USAGE, run.exitCode(), run.output());
    assertEquals(
        "docklab class serve: --stuck wants minutes from 1 to 1440, not 0.", run.output().strip());
    assertFalse(run.output().contains("Exception"), run.output());
  }

  private JsonNode join(String code, String name) throws Exception {
    HttpResponse<String> answer =
        send("/api/v1/join", null, "{\"code\": \"" + code + "\", \"name\": \"" + name + "\"}");
    assertEquals(201, answer.statusCode(), answer.body());
    return JSON.readTree(answer.body());
  }

  private void post(JsonNode learner, String... events) throws Exception {
    HttpResponse<String> answer =
        send(
            "/api/v1/learners/" + learner.path("learner").asText() + "/events",
            learner.path("token").asText(),
            "{\"events\": [" + String.join(",", events) + "]}");
    assertEquals(200, answer.statusCode(), answer.body());
  }

  private static String event(
      long seq, String kind, String lesson, String step, Instant time, String line)
      throws Exception {
    return "{\"seq\": "
        + seq
        + ", \"kind\": \""
        + kind
        + "\", \"lesson\": \""
        + lesson
        + "\", \"step\": \""
        + step
        + "\", \"time\": \""
        + time
        + "\""
        + (line == null ? "" : ", \"line\": " + JSON.writeValueAsString(line))
        + "}";
  }

  private HttpResponse<String> send(String path, String token, String body) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://" + ADDRESS + path))
            .timeout(Duration.ofSeconds(10))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }
}
