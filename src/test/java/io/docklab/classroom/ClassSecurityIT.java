package io.docklab.classroom;

import static io.docklab.classroom.TestClass.event;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.docklab.bench.ServedClass;
import io.docklab.classroom.TestClass.Learner;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The security cases of issue 15 that ClassServerIT leaves out, against the running server
 * (loopback ports 22782-22787, SQLite in a temporary directory): a burst of 10,000 events from one
 * learner while the others work, tokens and cookies where they do not belong, the class code
 * guessed, bodies oversized without a length, malformed or out of range, script in names, and the
 * teacher's token never sent back nor logged.
 */
@Timeout(180)
class ClassSecurityIT {
  @TempDir Path directory;

  @Test
  void aBurstOfTenThousandEventsIsSlowedWhileTheOthersAreServed() throws Exception {
    AtomicInteger accepted = new AtomicInteger();
    String flooderId;
    try (TestClass teacher = TestClass.start(directory, 22782, List.of())) {
      Learner flooder = teacher.join("Flooder");
      Learner ben = teacher.join("Ben");
      Learner chie = teacher.join("Chie");
      flooderId = flooder.id();
      AtomicInteger nextSeq = new AtomicInteger(1);
      AtomicInteger refused = new AtomicInteger();
      Map<String, AtomicInteger> other = new ConcurrentHashMap<>();
      AtomicBoolean flooding = new AtomicBoolean(true);
      List<String> othersAnswers = java.util.Collections.synchronizedList(new ArrayList<>());
      AtomicInteger othersDuringFlood = new AtomicInteger();
      ScheduledExecutorService others = Executors.newSingleThreadScheduledExecutor();
      ExecutorService flood = Executors.newFixedThreadPool(8);
      try {
        AtomicInteger othersSeq = new AtomicInteger();
        others.scheduleWithFixedDelay(
            () -> {
              // Every 50 ms: Ben and Chie each post a step, the teacher reads the class.
              try {
                boolean during = flooding.get();
                int seq = othersSeq.incrementAndGet();
                for (HttpResponse<String> answer :
                    List.of(
                        teacher.events(ben, event(seq, "hint-shown", "run")),
                        teacher.events(chie, event(seq, "hint-shown", "run")),
                        teacher.get("/api/v1/class", teacher.server.teacherToken()))) {
                  othersAnswers.add(answer.statusCode() + " " + answer.body());
                }
                if (during && flooding.get()) {
                  othersDuringFlood.incrementAndGet();
                }
              } catch (Exception e) {
                othersAnswers.add("failed: " + e);
              }
            },
            0,
            50,
            TimeUnit.MILLISECONDS);
        List<Future<?>> senders = new ArrayList<>();
        for (int thread = 0; thread < 8; thread++) {
          senders.add(
              flood.submit(
                  () -> {
                    // 10,000 events, five a request, as fast as 8 connections go.
                    for (int first = nextSeq.getAndAdd(5);
                        first <= 10_000;
                        first = nextSeq.getAndAdd(5)) {
                      String[] batch = new String[5];
                      for (int i = 0; i < 5; i++) {
                        batch[i] = event(first + i, "hint-shown", "intro");
                      }
                      HttpResponse<String> answer = teacher.events(flooder, batch);
                      if (answer.statusCode() == 200) {
                        accepted.addAndGet(
                            TestClass.JSON.readTree(answer.body()).get("stored").asInt());
                      } else if (answer.statusCode() == 429) {
                        refused.incrementAndGet();
                        String retry = answer.headers().firstValue("Retry-After").orElse("");
                        assertTrue(retry.matches("[1-9][0-9]*"), "Retry-After: " + retry);
                        assertTrue(answer.body().contains("\"error\""), answer.body());
                      } else {
                        other
                            .computeIfAbsent(answer.statusCode() + "", s -> new AtomicInteger())
                            .incrementAndGet();
                      }
                    }
                    return null;
                  }));
        }
        for (Future<?> sender : senders) {
          sender.get(150, TimeUnit.SECONDS);
        }
        flooding.set(false);
        others.shutdown(); // the round under way ends, no other starts
        assertTrue(others.awaitTermination(30, TimeUnit.SECONDS), "the others' round never ended");
      } finally {
        others.shutdownNow();
        flood.shutdownNow();
      }
      assertTrue(other.isEmpty(), "answers other than 200 and 429: " + other);
      assertTrue(refused.get() > 0, "nothing of 10,000 events was refused");
      assertTrue(
          accepted.get() >= 400 && accepted.get() < 10_000,
          accepted + " of 10,000 events accepted");
      List<String> seen = new ArrayList<>(othersAnswers);
      assertTrue(othersDuringFlood.get() >= 3, "the others were served " + othersDuringFlood);
      assertTrue(seen.stream().allMatch(answer -> answer.startsWith("200 ")), seen.toString());

      // Healthy: the table counts what was accepted, a newcomer joins, the flooder is let in again.
      JsonNode table = teacher.table();
      assertEquals(accepted.get(), events(table, flooder.id()));
      teacher.join("Newcomer");
      long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
      int status = 0;
      while (status != 200 && System.nanoTime() < deadline) {
        status = teacher.events(flooder, event(20_001, "step-done", "intro")).statusCode();
        if (status == 429) {
          TimeUnit.MILLISECONDS.sleep(200); // polling until its bucket has refilled
        }
      }
      assertEquals(200, status, "the flooder is never let in again");
      accepted.incrementAndGet();
    }
    assertEquals(accepted.get(), storedEvents(flooderId), "accepted = stored in the database");
  }

  private static long events(JsonNode table, String learnerId) {
    for (JsonNode row : table.get("learners")) {
      if (row.get("learner").asText().equals(learnerId)) {
        return row.get("events").asLong();
      }
    }
    throw new AssertionError("no row for " + learnerId + " in " + table);
  }

  private long storedEvents(String learnerId) throws Exception {
    try (Connection connection =
            DriverManager.getConnection("jdbc:sqlite:" + directory.resolve("classroom.db"));
        PreparedStatement query =
            connection.prepareStatement("SELECT COUNT(*) FROM events WHERE learner_id = ?")) {
      query.setString(1, learnerId);
      try (ResultSet result = query.executeQuery()) {
        result.next();
        return result.getLong(1);
      }
    }
  }

  @Test
  void tokensAndCookiesOpenOnlyWhatTheyShould() throws Exception {
    try (TestClass teacher = TestClass.start(directory, 22783, List.of())) {
      Learner aiko = teacher.join("Aiko");
      Learner ben = teacher.join("Ben");
      String one = "{\"events\": [" + event(1, "step-started", "intro") + "]}";
      // The dashboard's cookie carries only the teacher's token.
      assertEquals(403, withCookie(teacher, "/api/v1/table", aiko.token()).statusCode());
      assertEquals(401, withCookie(teacher, "/api/v1/table", "dlT_" + "B".repeat(43)).statusCode());
      assertEquals(
          200, withCookie(teacher, "/api/v1/table", teacher.server.teacherToken()).statusCode());
      // A header that is not a bearer token is no token.
      for (String header : List.of("Basic " + aiko.token(), "Bearer ", aiko.token())) {
        HttpResponse<String> answer =
            teacher.http.send(
                HttpRequest.newBuilder(teacher.uri("/api/v1/learners/" + aiko.id() + "/events"))
                    .timeout(Duration.ofSeconds(10))
                    .header("Authorization", header)
                    .POST(HttpRequest.BodyPublishers.ofString(one))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(401, answer.statusCode(), header);
      }
      // Another learner's id, or one nobody has, with a learner's own token.
      assertEquals(
          403,
          teacher.post("/api/v1/learners/" + ben.id() + "/leave", aiko.token(), "{}").statusCode());
      assertEquals(
          403,
          teacher
              .post("/api/v1/learners/l-0000000000000000/events", aiko.token(), one)
              .statusCode());
      assertEquals(
          403,
          teacher
              .post("/api/v1/learners/" + ben.id() + "/leave", teacher.server.teacherToken(), "{}")
              .statusCode());
      assertEquals(200, teacher.events(ben, event(1, "step-started", "intro")).statusCode());
      // A token that has left opens nothing any more.
      assertEquals(
          200,
          teacher
              .post("/api/v1/learners/" + aiko.id() + "/leave", aiko.token(), "{}")
              .statusCode());
      assertEquals(401, teacher.events(aiko, event(1, "step-started", "intro")).statusCode());
      assertEquals(401, teacher.get("/api/v1/lessons", aiko.token()).statusCode());
      // The class code cannot be guessed: wrong codes are refused, then slowed per address.
      int refusedCodes = 0;
      String retryAfter = "";
      for (int i = 0; i < 80 && retryAfter.isEmpty(); i++) {
        HttpResponse<String> guess =
            teacher.post("/api/v1/join", null, "{\"code\": \"2222-2222\", \"name\": \"Eve\"}");
        if (guess.statusCode() == 403) {
          refusedCodes++;
        } else {
          assertEquals(429, guess.statusCode(), guess.body());
          retryAfter = guess.headers().firstValue("Retry-After").orElse("?");
        }
      }
      assertTrue(retryAfter.matches("[1-9][0-9]*"), "guessing is not slowed: " + retryAfter);
      assertTrue(refusedCodes <= 61, refusedCodes + " guesses before the limit");
      assertEquals(2, teacher.table().get("learners").size());
    }
  }

  private static HttpResponse<String> withCookie(TestClass teacher, String path, String token)
      throws Exception {
    return teacher.http.send(
        HttpRequest.newBuilder(teacher.uri(path))
            .timeout(Duration.ofSeconds(10))
            .header("Cookie", "docklab_teacher=" + token)
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void badBodiesAreRefusedWithAClearStatusAndNothingIsStored() throws Exception {
    try (TestClass teacher = TestClass.start(directory, 22784, List.of())) {
      Learner aiko = teacher.join("Aiko");
      String path = "/api/v1/learners/" + aiko.id() + "/events";
      // Over 64 KB without a Content-Length (chunked), on both routes that take a body.
      for (String route : List.of(path, "/api/v1/join")) {
        byte[] big = ("{\"events\": [\"" + "x".repeat(70_000) + "\"]}").getBytes();
        HttpResponse<String> chunked =
            teacher.http.send(
                HttpRequest.newBuilder(teacher.uri(route))
                    .timeout(Duration.ofSeconds(20))
                    .header("Authorization", "Bearer " + aiko.token())
                    .header("Content-Type", "application/json")
                    .POST(
                        HttpRequest.BodyPublishers.ofInputStream(
                            () -> new ByteArrayInputStream(big)))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(413, chunked.statusCode(), route + ": " + chunked.body());
      }
      String good = event(1, "step-started", "intro");
      String[][] cases = {
        {"", "empty"},
        {"null", "JSON object"},
        {"\u00ff\u00fe garbage", "malformed JSON"},
        {"[".repeat(5_000) + "]".repeat(5_000), "malformed JSON"},
        {"{\"events\": {}}", "\"events\" must be an array"},
        {"{\"events\": [1]}", "JSON object"},
        {"{\"events\": [" + good + "], \"more\": 1}", "unknown field \"more\""},
        {batch(good.replace("\"seq\": 1", "\"seq\": 9007199254740992")), "\"seq\" must be from 1"},
        {batch(good.replace("\"seq\": 1", "\"seq\": -1")), "\"seq\" must be from 1"},
        {batch(good.replace("\"seq\": 1", "\"seq\": 1.5")), "\"seq\" must be an integer"},
        {batch(good.replace("\"seq\": 1", "\"seq\": \"1\"")), "\"seq\" must be an integer"},
        {batch(good.replace("\"step-started\"", "\"STEP-STARTED\"")), "unknown kind"},
        {batch(good.replace("\"step-started\"", "7")), "\"kind\" must be a string"},
        {batch(good.replace("2026-12-02T04:00:00Z", "2099-01-01T00:00:00Z")), "\"time\""},
        {batch(good.replace("2026-12-02T04:00:00Z", "yesterday")), "ISO-8601"},
        {batch(good.replace("\"get-started\"", "\"" + "l".repeat(101) + "\"")), "\"lesson\""},
        {
          batch(
              "{\"seq\": 1, \"kind\": \"lesson-reset\", \"lesson\": \"get-started\", \"step\":"
                  + " \"intro\", \"time\": \"2026-12-02T04:00:00Z\"}"),
          "\"step\" is not allowed"
        },
        {batch(event(1, "check-failed", "intro")), "\"line\" is missing"},
        {batch(good.replace("}", ", \"line\": \"x\"}")), "check-failed only"},
        {
          batch(event(1, "check-failed", "intro").replace("}", ", \"line\": \"a\\nb\"}")),
          "\"line\" must be"
        },
        {
          batch(
              event(1, "check-failed", "intro")
                  .replace("}", ", \"line\": \"" + "x".repeat(501) + "\"}")),
          "\"line\" must be"
        },
      };
      for (String[] bad : cases) {
        HttpResponse<String> answer = teacher.post(path, aiko.token(), bad[0]);
        String shown = bad[0].length() > 80 ? bad[0].substring(0, 80) + "…" : bad[0];
        assertEquals(400, answer.statusCode(), shown + " -> " + answer.body());
        clearError(answer, bad[1], shown);
      }
      String code = teacher.server.code();
      String[][] joins = {
        {"{\"code\": \"" + code + "\", \"name\": \"Eve\", \"admin\": true}", "unknown field"},
        {"{\"code\": \"" + code + "\", \"name\": \"Eve\\u0007\"}", "control characters"},
        {"{\"code\": \"" + code + "\", \"name\": \"   \"}", "1 to 64 characters"},
        {"{\"code\": \"" + code + "\", \"name\": 42}", "\"name\" must be a string"},
        {"{\"name\": \"Eve\"}", "\"code\" must be a string"},
        {"not json", "malformed JSON"},
      };
      for (String[] bad : joins) {
        HttpResponse<String> answer = teacher.post("/api/v1/join", null, bad[0]);
        assertEquals(400, answer.statusCode(), bad[0] + " -> " + answer.body());
        clearError(answer, bad[1], bad[0]);
      }
      JsonNode table = teacher.table();
      assertEquals(1, table.get("learners").size(), table.toString());
      assertEquals(0, table.get("learners").get(0).get("events").asInt());
    }
  }

  private static String batch(String event) {
    return "{\"events\": [" + event + "]}";
  }

  /** An error answer: JSON, one line that says {@code says}, no trace of the server's code. */
  private static void clearError(HttpResponse<String> answer, String says, String sent)
      throws Exception {
    assertTrue(
        answer.headers().firstValue("Content-Type").orElse("").startsWith("application/json"),
        sent);
    String error = TestClass.JSON.readTree(answer.body()).get("error").asText();
    assertTrue(error.contains(says), sent + " -> " + error);
    assertFalse(
        error.contains("\n") || error.contains("io.docklab") || error.contains("at com."),
        sent + " -> " + error);
  }

  @Test
  void aScriptInANameIsStoredAndSentAsText() throws Exception {
    String name = "<img src=x onerror=\"alert(1)\"><script>alert('x')</script>";
    try (TestClass teacher = TestClass.start(directory, 22785, List.of())) {
      Learner eve = teacher.join(name);
      assertEquals(name, teacher.table().get("learners").get(0).get("name").asText());
      String csv = teacher.get("/api/v1/table.csv", teacher.server.teacherToken()).body();
      assertTrue(csv.contains(eve.id() + ",\"" + name.replace("\"", "\"\"") + "\","), csv);
      HttpResponse<String> page = teacher.get("/", null);
      assertFalse(page.body().contains("onerror"), page.body());
      assertEquals("nosniff", page.headers().firstValue("X-Content-Type-Options").orElse(""));
      String policy = page.headers().firstValue("Content-Security-Policy").orElse("");
      assertTrue(policy.contains("script-src 'self'") && !policy.contains("unsafe-inline"), policy);
    }
  }

  @Test
  void theTeacherTokenIsNeverSentBackNorLogged() throws Exception {
    Path launcher = Path.of(System.getProperty("docklab.launcher", "bin/docklab")).toAbsolutePath();
    String output;
    String token;
    List<String> learnerTokens = new ArrayList<>();
    try (ServedClass server =
        ServedClass.start(launcher, directory, 22786, Duration.ofSeconds(60))) {
      token = server.teacherToken();
      assertTrue(token.matches("dlT_[A-Za-z0-9_-]{43}"), token);
      assertEquals(32, Base64.getUrlDecoder().decode(token.substring(4)).length);
      HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
      URI base = URI.create(server.url());
      List<String> answers = new ArrayList<>();
      for (int i = 0; i < 2; i++) {
        HttpResponse<String> joined =
            send(
                http,
                base,
                "POST",
                "/api/v1/join",
                null,
                "{\"code\": \"" + server.code() + "\", \"name\": \"Learner " + i + "\"}");
        assertEquals(201, joined.statusCode(), joined.body());
        JsonNode body = TestClass.JSON.readTree(joined.body());
        learnerTokens.add(body.get("token").asText());
        String events = "/api/v1/learners/" + body.get("learner").asText() + "/events";
        String started = batch(event(1, "step-started", "intro"));
        answers.add(all(send(http, base, "POST", events, learnerTokens.get(i), started)));
        // The teacher's token where it does not belong: posting events, and in a URL.
        String done = batch(event(2, "step-done", "intro"));
        answers.add(all(send(http, base, "POST", events, token, done)));
      }
      for (String path :
          List.of(
              "/",
              "/dashboard.js",
              "/dashboard.css",
              "/api/v1/table",
              "/api/v1/table.csv",
              "/api/v1/class",
              "/api/v1/lessons",
              "/api/v1/nothing-here",
              "/api/v1/table?t=" + token)) {
        answers.add(all(send(http, base, "GET", path, token, null)));
        answers.add(all(send(http, base, "GET", path, null, null)));
      }
      answers.add(all(send(http, base, "GET", "/api/v1/lessons", learnerTokens.get(0), null)));
      answers.add(all(send(http, base, "GET", "/api/v1/table", learnerTokens.get(0), null)));
      HttpResponse<String> session = send(http, base, "POST", "/api/v1/session", token, "");
      assertEquals(200, session.statusCode());
      answers.add(session.body());
      answers.add(firstTableOfTheStream(http, base, token));
      for (String answer : answers) {
        assertFalse(answer.contains(token), "the teacher's token is sent back in:\n" + answer);
        for (String learnerToken : learnerTokens) {
          assertFalse(answer.contains(learnerToken), "a learner's token is sent in:\n" + answer);
        }
      }
      output = server.output();
    }
    // Its own terminal shows the teacher the dashboard's link once; nothing else is logged with it.
    List<String> lines = output.lines().filter(line -> line.contains(token)).toList();
    assertEquals(1, lines.size(), output);
    assertTrue(lines.get(0).contains("/#t=" + token), lines.get(0));
    for (String learnerToken : learnerTokens) {
      assertFalse(output.contains(learnerToken), output);
    }
  }

  private static HttpResponse<String> send(
      HttpClient http, URI base, String method, String path, String token, String body)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(base.resolve(path))
            .timeout(Duration.ofSeconds(10))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** An answer's status, headers (but a session's cookie) and body, as one text. */
  private static String all(HttpResponse<String> answer) {
    return answer.statusCode() + " " + answer.headers().map() + "\n" + answer.body();
  }

  private static String firstTableOfTheStream(HttpClient http, URI base, String token)
      throws Exception {
    HttpResponse<Stream<String>> stream =
        http.sendAsync(
                HttpRequest.newBuilder(base.resolve("/api/v1/stream"))
                    .header("Authorization", "Bearer " + token)
                    .header("Accept", "text/event-stream")
                    .build(),
                HttpResponse.BodyHandlers.ofLines())
            .get(10, TimeUnit.SECONDS);
    assertEquals(200, stream.statusCode());
    ExecutorService reader = Executors.newSingleThreadExecutor();
    try (Stream<String> lines = stream.body()) {
      Future<String> table =
          reader.submit(
              () -> lines.filter(line -> line.startsWith("data:")).findFirst().orElse(""));
      String data = table.get(10, TimeUnit.SECONDS);
      assertTrue(data.contains("\"learners\""), data);
      return stream.headers().map() + "\n" + data;
    } finally {
      reader.shutdownNow();
    }
  }
}
