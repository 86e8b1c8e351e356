package io.docklab.classroom;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.docklab.classroom.server.ClassServer;
import io.docklab.classroom.server.TeacherKey;
import io.docklab.classroom.store.ClassStore;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * A real class server on a loopback port, its database given by JDBC URL (SQLite in a temporary
 * directory or the tests' PostgreSQL, see {@link TestStore}), the teacher's token file in a
 * temporary directory, and a plain HTTP client to speak to it as any client of
 * docs/classroom-api.md would.
 */
final class TestClass implements AutoCloseable {
  static final ObjectMapper JSON = new ObjectMapper();

  final Path directory;
  final int port;
  final ClassServer server;
  final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private TestClass(Path directory, int port, ClassServer server) {
    this.directory = directory;
    this.port = port;
    this.server = server;
  }

  /** Starts (or continues) the class "Docker 101" kept in SQLite in {@code directory}. */
  static TestClass start(Path directory, int port, List<Path> lessons) throws Exception {
    return start(TestStore.SQLITE.fresh(directory), directory, port, lessons);
  }

  /**
   * Starts (or continues) the class "Docker 101" kept in {@code database}, its teacher's token in
   * {@code directory}, on {@code port}.
   */
  static TestClass start(TestStore.Database database, Path directory, int port, List<Path> lessons)
      throws Exception {
    ClassStore store = ClassStore.open(database.url);
    ClassServer server = null;
    try {
      TeacherKey key = TeacherKey.open(store, "Docker 101", directory);
      server =
          ClassServer.open(store, key, lessons, Map.of("get-started", List.of("intro", "run")));
      server.start("127.0.0.1", port);
      return new TestClass(directory, port, server);
    } catch (Exception | Error e) {
      if (server != null) {
        server.close();
      } else {
        store.close();
      }
      throw e;
    }
  }

  URI uri(String path) {
    return URI.create("http://127.0.0.1:" + port + path);
  }

  /** A learner who joined: its id and token. */
  record Learner(String id, String token) {}

  Learner join(String name) throws Exception {
    HttpResponse<String> answer =
        post(
            "/api/v1/join",
            null,
            "{\"code\": \"" + server.code() + "\", \"name\": " + quote(name) + "}");
    if (answer.statusCode() != 201) {
      throw new AssertionError("join answered " + answer.statusCode() + ": " + answer.body());
    }
    JsonNode body = JSON.readTree(answer.body());
    return new Learner(body.get("learner").asText(), body.get("token").asText());
  }

  HttpResponse<String> post(String path, String token, String body)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri(path))
            .timeout(Duration.ofSeconds(10))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  HttpResponse<String> get(String path, String token) throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(10));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  /** Posts events given as JSON objects to the learner's own route. */
  HttpResponse<String> events(Learner learner, String... events) throws Exception {
    return post(
        "/api/v1/learners/" + learner.id() + "/events",
        learner.token(),
        "{\"events\": [" + String.join(",", events) + "]}");
  }

  static String event(long seq, String kind, String step) {
    return "{\"seq\": "
        + seq
        + ", \"kind\": \""
        + kind
        + "\", \"lesson\": \"get-started\", \"step\": \""
        + step
        + "\", \"time\": \"2026-12-02T04:00:00Z\"}";
  }

  static String quote(String text) throws IOException {
    return JSON.writeValueAsString(text);
  }

  JsonNode table() throws Exception {
    HttpResponse<String> answer = get("/api/v1/table", server.teacherToken());
    if (answer.statusCode() != 200) {
      throw new AssertionError("table answered " + answer.statusCode() + ": " + answer.body());
    }
    return JSON.readTree(answer.body());
  }

  @Override
  public void close() throws Exception {
    server.close();
  }
}
