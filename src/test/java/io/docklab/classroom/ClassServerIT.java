package io.docklab.classroom;

import static io.docklab.classroom.TestClass.event;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.docklab.classroom.TestClass.Learner;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The class server for real: started on loopback ports 22701-22710, once on SQLite in a temporary
 * directory and once on the tests' PostgreSQL server (each test with a database of its own), spoken
 * to over HTTP as docs/classroom-api.md says.
 */
@Timeout(60)
@ParameterizedClass(name = "on {0}")
@MethodSource("io.docklab.classroom.TestStore#both")
class ClassServerIT {
  @Parameter TestStore store;
  @TempDir Path directory;
  TestStore.Database database;

  @BeforeEach
  void freshDatabase() throws Exception {
    database = store.fresh(directory);
  }

  @AfterEach
  void dropDatabase() throws Exception {
    if (database != null) {
      database.close();
    }
  }

  @Test
  void aLearnerJoinsAndItsEventsMakeTheTable() throws Exception {
    try (TestClass teacher = TestClass.start(database, directory, 22701, List.of())) {
      Learner aiko = teacher.join("Aiko");
      assertTrue(aiko.token().startsWith("dlL_") && aiko.token().length() >= 4 + 43, aiko.token());
      HttpResponse<String> answer =
          teacher.events(
              aiko,
              event(1, "step-started", "intro"),
              event(2, "step-done", "intro"),
              event(3, "step-started", "run"),
              "{\"seq\": 4, \"kind\": \"check-failed\", \"lesson\": \"get-started\", \"step\":"
                  + " \"run\", \"time\": \"2026-12-02T04:01:00Z\", \"line\": \"expected a container"
                  + " named web, found none\"}",
              event(5, "hint-shown", "run"));
      assertEquals(200, answer.statusCode(), answer.body());
      assertEquals("{\"stored\":5,\"duplicates\":0,\"last\":5}", answer.body().replace(" ", ""));

      JsonNode row = teacher.table().get("learners").get(0);
      assertEquals("Aiko", row.get("name").asText());
      JsonNode lesson = row.get("lessons").get("get-started");
      assertEquals("[\"intro\"]", lesson.get("done").toString());
      assertEquals("run", lesson.get("current").asText());
      assertEquals(1, lesson.get("failedChecks").asInt());
      assertEquals(
          "expected a container named web, found none", lesson.get("lastFailure").asText());
      assertEquals(1, lesson.get("hints").asInt());

      HttpResponse<String> csv = teacher.get("/api/v1/table.csv", teacher.server.teacherToken());
      assertEquals(200, csv.statusCode());
      assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
      String[] lines = csv.body().split("\r\n");
      assertEquals(
          "learner,name,joined,left,last_seen,get-started/intro,get-started/run", lines[0]);
      assertTrue(lines[1].startsWith(aiko.id() + ",Aiko,"), lines[1]);
      assertTrue(lines[1].endsWith(",done,current"), lines[1]);
    }
  }

  @Test
  void aBatchSentTwiceIsStoredOnce() throws Exception {
    try (TestClass teacher = TestClass.start(database, directory, 22702, List.of())) {
      Learner aiko = teacher.join("Aiko");
      String[] batch = {event(1, "step-started", "intro"), event(2, "step-done", "intro")};
      assertEquals(200, teacher.events(aiko, batch).statusCode());
      HttpResponse<String> again = teacher.events(aiko, batch);
      assertEquals(200, again.statusCode());
      assertEquals("{\"stored\":0,\"duplicates\":2,\"last\":2}", again.body());
      HttpResponse<String> overlapping =
          teacher.events(aiko, event(2, "step-done", "intro"), event(3, "step-started", "run"));
      assertEquals("{\"stored\":1,\"duplicates\":1,\"last\":3}", overlapping.body());
      assertEquals(3, teacher.table().get("learners").get(0).get("events").asInt());
    }
  }

  @Test
  void restartingContinuesTheSameClass() throws Exception {
    String code;
    String teacherToken;
    Learner aiko;
    try (TestClass teacher = TestClass.start(database, directory, 22703, List.of())) {
      code = teacher.server.code();
      teacherToken = teacher.server.teacherToken();
      aiko = teacher.join("Aiko");
      teacher.events(aiko, event(1, "step-started", "intro"));
    }
    try (TestClass again = TestClass.start(database, directory, 22703, List.of())) {
      assertEquals(code, again.server.code());
      assertEquals(teacherToken, again.server.teacherToken());
      assertEquals(
          "intro",
          again
              .table()
              .get("learners")
              .get(0)
              .get("lessons")
              .get("get-started")
              .get("current")
              .asText());
      HttpResponse<String> next = again.events(aiko, event(2, "step-done", "intro"));
      assertEquals("{\"stored\":1,\"duplicates\":0,\"last\":2}", next.body());
    }
    Path tokenFile = directory.resolve("teacher-" + code + ".token");
    assertEquals(
        "rw-------",
        java.nio.file.attribute.PosixFilePermissions.toString(
            Files.getPosixFilePermissions(tokenFile)));
    assertFalse(database.dump().contains(teacherToken), "the database holds the teacher's token");
  }

  @Test
  void theStreamShowsAStepWithinOneSecond() throws Exception {
    try (TestClass teacher = TestClass.start(database, directory, 22704, List.of())) {
      Learner aiko = teacher.join("Aiko");
      BlockingQueue<String> lines = new LinkedBlockingQueue<>();
      HttpRequest request =
          HttpRequest.newBuilder(teacher.uri("/api/v1/stream"))
              .header("Authorization", "Bearer " + teacher.server.teacherToken())
              .header("Accept", "text/event-stream")
              .build();
      CompletableFuture<HttpResponse<Stream<String>>> stream =
          teacher.http.sendAsync(request, HttpResponse.BodyHandlers.ofLines());
      HttpResponse<Stream<String>> response = stream.get(10, TimeUnit.SECONDS);
      assertEquals(200, response.statusCode());
      Thread reader = new Thread(() -> response.body().forEach(lines::add));
      reader.setDaemon(true);
      reader.start();
      assertTrue(awaitLine(lines, "event: table", Duration.ofSeconds(5)).isPresent());

      long sent = System.nanoTime();
      assertEquals(200, teacher.events(aiko, event(1, "step-started", "run")).statusCode());
      var learnerEvent = awaitLine(lines, "event: learner", Duration.ofSeconds(5));
      long elapsed = (System.nanoTime() - sent) / 1_000_000;
      assertTrue(learnerEvent.isPresent(), "no learner event");
      String data = lines.poll(5, TimeUnit.SECONDS);
      assertNotNull(data);
      assertTrue(data.startsWith("data: ") && data.contains("\"current\":\"run\""), data);
      assertTrue(elapsed < 1000, "the stream took " + elapsed + " ms");
    }
  }

  private static java.util.Optional<String> awaitLine(
      BlockingQueue<String> lines, String wanted, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      String line = lines.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
      if (line != null && line.startsWith(wanted)) {
        return java.util.Optional.of(line);
      }
    }
    return java.util.Optional.empty();
  }

  @Test
  void theLessonsComeAsOneBundleToALearnerOnly() throws Exception {
    Path lessons = Files.createDirectories(directory.resolve("course"));
    Files.writeString(lessons.resolve("first.md"), "# First\n");
    Files.writeString(lessons.resolve(".hidden"), "secret\n");
    try (TestClass teacher = TestClass.start(database, directory, 22705, List.of(lessons))) {
      Learner aiko = teacher.join("Aiko");
      HttpResponse<String> bundle = teacher.get("/api/v1/lessons", aiko.token());
      assertEquals(200, bundle.statusCode(), bundle.body());
      JsonNode files = TestClass.JSON.readTree(bundle.body()).get("files");
      assertEquals(1, files.size(), files.toString());
      assertEquals("course/first.md", files.get(0).get("path").asText());
      assertEquals(
          "# First\n",
          new String(
              Base64.getDecoder().decode(files.get(0).get("base64").asText()),
              StandardCharsets.UTF_8));
      assertEquals(401, teacher.get("/api/v1/lessons", null).statusCode());
    }
  }

  // --- Security: each case of issue 15 against the running server. ---

  @Test
  void noTokenAndAWrongTokenAreRefused() throws Exception {
    try (TestClass teacher = TestClass.start(database, directory, 22706, List.of())) {
      Learner aiko = teacher.join("Aiko");
      for (String path :
          List.of("/api/v1/table", "/api/v1/table.csv", "/api/v1/class", "/api/v1/stream")) {
        HttpResponse<String> none = teacher.get(path, null);
        assertEquals(401, none.statusCode(), path);
        assertEquals("Bearer", none.headers().firstValue("WWW-Authenticate").orElse(""), path);
        assertEquals(401, teacher.get(path, "dlT_" + "A".repeat(43)).statusCode(), path);
      }
      String path = "/api/v1/learners/" + aiko.id() + "/events";
      String body = "{\"events\": [" + event(1, "step-started", "intro") + "]}";
      assertEquals(401, teacher.post(path, null, body).statusCode());
      assertEquals(401, teacher.post(path, "dlL_" + "A".repeat(43), body).statusCode());
      HttpResponse<String> wrongCode =
          teacher.post("/api/v1/join", null, "{\"code\": \"AAAA-AAAA\", \"name\": \"Eve\"}");
      assertEquals(403, wrongCode.statusCode());
      assertTrue(wrongCode.body().contains("wrong class code"), wrongCode.body());
    }
  }

  @Test
  void aLearnerTokenOpensNeitherTeacherRoutesNorAnotherLearner() throws Exception {
    try (TestClass teacher = TestClass.start(database, directory, 22707, List.of())) {
      Learner aiko = teacher.join("Aiko");
      Learner ben = teacher.join("Ben");
      for (String path :
          List.of("/api/v1/table", "/api/v1/table.csv", "/api/v1/class", "/api/v1/stream")) {
        assertEquals(403, teacher.get(path, aiko.token()).statusCode(), path);
      }
      assertEquals(403, teacher.post("/api/v1/session", aiko.token(), "{}").statusCode());
      HttpResponse<String> asBen =
          teacher.post(
              "/api/v1/learners/" + ben.id() + "/events",
              aiko.token(),
              "{\"events\": [" + event(1, "step-started", "intro") + "]}");
      assertEquals(403, asBen.statusCode());
      assertTrue(asBen.body().contains("another learner"), asBen.body());
      HttpResponse<String> teacherPosts =
          teacher.post(
              "/api/v1/learners/" + ben.id() + "/events",
              teacher.server.teacherToken(),
              "{\"events\": [" + event(1, "step-started", "intro") + "]}");
      assertEquals(403, teacherPosts.statusCode());
      assertEquals(0, teacher.table().get("learners").get(1).get("events").asInt());
    }
  }

  /**
   * A body over the limit: the server answers 413 before it has read the body and closes the
   * connection, which may reach the client before the answer does (it then sees the connection
   * closed); a few tries show the answer.
   */
  private static HttpResponse<String> postOversized(TestClass teacher, String path, String token)
      throws Exception {
    String body = "{\"events\": [\"" + "x".repeat(70_000) + "\"]}";
    for (int attempt = 1; ; attempt++) {
      try {
        return teacher.post(path, token, body);
      } catch (java.io.IOException closedFirst) {
        if (attempt == 5) {
          throw closedFirst;
        }
      }
    }
  }

  @Test
  void oversizedMalformedAndOutOfRangeBodiesAreRefusedClearly() throws Exception {
    try (TestClass teacher = TestClass.start(database, directory, 22708, List.of())) {
      Learner aiko = teacher.join("Aiko");
      String path = "/api/v1/learners/" + aiko.id() + "/events";
      HttpResponse<String> oversized = postOversized(teacher, path, aiko.token());
      assertEquals(413, oversized.statusCode(), oversized.body());
      assertRefused(teacher, aiko, "{\"events\": [", 400, "malformed JSON");
      assertRefused(teacher, aiko, "[]", 400, "JSON object");
      assertRefused(teacher, aiko, "{\"events\": []}", 400, "1 to 100 events");
      assertRefused(
          teacher,
          aiko,
          "{\"events\": [" + event(1, "step-skipped", "intro") + "]}",
          400,
          "unknown kind \"step-skipped\"");
      assertRefused(
          teacher,
          aiko,
          "{\"events\": [" + event(0, "step-started", "intro") + "]}",
          400,
          "\"seq\" must be from 1");
      assertRefused(
          teacher,
          aiko,
          "{\"events\": ["
              + event(1, "step-started", "intro").replace("2026-12-02", "2019-01-01")
              + "]}",
          400,
          "\"time\"");
      assertRefused(
          teacher,
          aiko,
          "{\"events\": [" + event(1, "step-started", "../etc") + "]}",
          400,
          "\"step\" must be");
      assertRefused(
          teacher,
          aiko,
          "{\"events\": ["
              + event(1, "step-started", "intro").replace("}", ", \"extra\": 1}")
              + "]}",
          400,
          "unknown field \"extra\"");
      assertRefused(
          teacher,
          aiko,
          "{\"events\": ["
              + event(1, "check-failed", "intro").replace("}", ", \"line\": \"a\\u0000b\"}")
              + "]}",
          400,
          "\"line\" must be");
      StringBuilder tooMany = new StringBuilder();
      for (int i = 1; i <= 101; i++) {
        tooMany.append(i > 1 ? "," : "").append(event(i, "step-started", "intro"));
      }
      assertRefused(teacher, aiko, "{\"events\": [" + tooMany + "]}", 400, "1 to 100 events");
      HttpResponse<String> badName =
          teacher.post(
              "/api/v1/join",
              null,
              "{\"code\": \""
                  + teacher.server.code()
                  + "\", \"name\": \""
                  + "n".repeat(65)
                  + "\"}");
      assertEquals(400, badName.statusCode());
      assertEquals(0, teacher.table().get("learners").get(0).get("events").asInt());
    }
  }

  private static void assertRefused(
      TestClass teacher, Learner learner, String body, int status, String says) throws Exception {
    HttpResponse<String> answer =
        teacher.post("/api/v1/learners/" + learner.id() + "/events", learner.token(), body);
    assertEquals(status, answer.statusCode(), body + " -> " + answer.body());
    String error = TestClass.JSON.readTree(answer.body()).get("error").asText();
    assertTrue(error.contains(says), error);
    assertTrue(
        answer.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
  }

  @Test
  void aScriptInANameIsOnlyText() throws Exception {
    try (TestClass teacher = TestClass.start(database, directory, 22709, List.of())) {
      String name = "<script>alert('x')</script>";
      teacher.join(name);
      assertEquals(name, teacher.table().get("learners").get(0).get("name").asText());
      HttpResponse<String> page = teacher.get("/", null);
      assertEquals(200, page.statusCode());
      assertFalse(page.body().contains("alert"), page.body());
      assertTrue(
          page.headers()
              .firstValue("Content-Security-Policy")
              .orElse("")
              .contains("script-src 'self'"));
      String script = teacher.get("/dashboard.js", null).body();
      assertFalse(script.contains("innerHTML"), "the dashboard writes markup");
      assertTrue(script.contains("textContent"));
    }
  }

  @Test
  void aFloodFromOneLearnerIsSlowedAndTheOthersGetThrough() throws Exception {
    try (TestClass teacher = TestClass.start(database, directory, 22710, List.of())) {
      Learner flooder = teacher.join("Flooder");
      Learner ben = teacher.join("Ben");
      int refused = 0;
      int stored = 0;
      String retryAfter = "";
      for (int batch = 0; batch < 100; batch++) {
        List<String> events = new ArrayList<>();
        for (int i = 1; i <= 100; i++) {
          events.add(event(batch * 100L + i, "hint-shown", "intro"));
        }
        HttpResponse<String> answer = teacher.events(flooder, events.toArray(String[]::new));
        if (answer.statusCode() == 429) {
          refused++;
          retryAfter = answer.headers().firstValue("Retry-After").orElse("");
        } else {
          assertEquals(200, answer.statusCode(), answer.body());
          stored += TestClass.JSON.readTree(answer.body()).get("stored").asInt();
        }
      }
      assertTrue(refused > 50, "only " + refused + " of 100 batches of 10,000 events refused");
      assertTrue(stored < 10_000, "all 10,000 stored at once");
      assertTrue(retryAfter.matches("[1-9][0-9]*"), "Retry-After: " + retryAfter);
      HttpResponse<String> others = teacher.events(ben, event(1, "step-started", "intro"));
      assertEquals(200, others.statusCode(), others.body());
      assertEquals(200, teacher.get("/api/v1/table", teacher.server.teacherToken()).statusCode());
    }
  }
}
