package io.docklab.classroom.learner;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.docklab.classroom.ClassEvent;
import io.docklab.classroom.EventJson;
import io.docklab.classroom.Pem;
import io.docklab.i18n.Messages;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import javax.net.ssl.SSLHandshakeException;

/** docklab's side of the class API (docs/classroom-api.md), on the JDK's HTTP client. */
public final class ClassClient {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration TIMEOUT = Duration.ofSeconds(10);

  private final URI url;
  private final HttpClient http;
  private final Optional<Path> ca;

  /** A client of the server at {@code url}, trusting the certificates Java trusts. */
  public ClassClient(URI url) {
    this.url = url;
    this.ca = Optional.empty();
    this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  }

  /** A client of the server at {@code url}, trusting the certificates in {@code ca} only. */
  public ClassClient(URI url, Path ca) throws Pem.BadPem {
    this.url = url;
    this.ca = Optional.of(ca);
    this.http =
        HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .sslContext(Pem.trusting(ca))
            .build();
  }

  /**
   * The client of the class joined in {@code files}: trusting the certificate kept with it ({@code
   * class join --ca}) when there is one.
   */
  public static ClassClient of(Membership membership, ClassroomFiles files) throws Pem.BadPem {
    return Files.isRegularFile(files.ca())
        ? new ClassClient(membership.url(), files.ca())
        : new ClassClient(membership.url());
  }

  /** What the server answered to a join. */
  public record Joined(String learner, String token, String className, List<String> sends) {}

  public Joined join(String code, String name) throws ClassServerException {
    ObjectNode body = JSON.createObjectNode().put("code", code).put("name", name);
    JsonNode answer = send(post("/api/v1/join", null, body), 201);
    List<String> sends =
        JSON.convertValue(
            answer.path("sends"),
            JSON.getTypeFactory().constructCollectionType(List.class, String.class));
    return new Joined(
        answer.path("learner").asText(),
        answer.path("token").asText(),
        answer.path("class").asText(),
        sends);
  }

  /** The class's lessons bundle, as the server answered it. */
  public JsonNode lessons(String token) throws ClassServerException {
    return send(get("/api/v1/lessons", token), 200);
  }

  /** Posts {@code events} of {@code learner}; gives the highest sequence number stored. */
  public long post(String learner, String token, List<ClassEvent> events)
      throws ClassServerException {
    JsonNode answer =
        send(post("/api/v1/learners/" + learner + "/events", token, EventJson.batch(events)), 200);
    return answer.path("last").asLong();
  }

  public void leave(String learner, String token) throws ClassServerException {
    send(post("/api/v1/learners/" + learner + "/leave", token, JSON.createObjectNode()), 200);
  }

  /** The teacher's table, as JSON. */
  public JsonNode table(String teacherToken) throws ClassServerException {
    return send(get("/api/v1/table", teacherToken), 200);
  }

  /** The teacher's table, as CSV. */
  public String tableCsv(String teacherToken) throws ClassServerException {
    return exchange(get("/api/v1/table.csv", teacherToken), 200);
  }

  /**
   * Whether the server's port takes a connection within two seconds: a look that costs the server
   * nothing, for the lab's status line while there is nothing to send.
   */
  public boolean reachable() {
    String host = url.getHost().replace("[", "").replace("]", "");
    int port = url.getPort() >= 0 ? url.getPort() : "https".equals(url.getScheme()) ? 443 : 80;
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(host, port), 2_000);
      return true;
    } catch (IOException | IllegalArgumentException e) {
      return false;
    }
  }

  private HttpRequest.Builder request(String path, String token) {
    HttpRequest.Builder request = HttpRequest.newBuilder(url.resolve(path)).timeout(TIMEOUT);
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return request;
  }

  private HttpRequest get(String path, String token) {
    return request(path, token).GET().build();
  }

  private HttpRequest post(String path, String token, JsonNode body) {
    return request(path, token)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8))
        .build();
  }

  private JsonNode send(HttpRequest request, int expected) throws ClassServerException {
    try {
      return JSON.readTree(exchange(request, expected));
    } catch (IOException e) {
      throw new ClassServerException(url + " did not answer in JSON: " + e.getMessage(), 0);
    }
  }

  private String exchange(HttpRequest request, int expected) throws ClassServerException {
    HttpResponse<String> response;
    try {
      response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (SSLHandshakeException e) {
      throw untrusted();
    } catch (HttpTimeoutException e) {
      throw new ClassServerException(Messages.get("class.client.timeout", url), 0);
    } catch (IOException e) {
      if (e.getCause() instanceof SSLHandshakeException) {
        throw untrusted();
      }
      // The exception says no more than its class name (java.net.ConnectException): not shown.
      throw new ClassServerException(Messages.get("class.client.unreachable", url), 0);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ClassServerException("interrupted", 0);
    }
    if (response.statusCode() != expected) {
      String error;
      try {
        error = JSON.readTree(response.body()).path("error").asText(response.body());
      } catch (IOException notJson) {
        error = response.body();
      }
      throw new ClassServerException(
          Messages.get("class.client.refused", response.statusCode(), error),
          response.statusCode());
    }
    return response.body();
  }

  private ClassServerException untrusted() {
    return new ClassServerException(
        ca.isPresent()
            ? Messages.get("class.join.wrongCa", url, ca.get())
            : Messages.get("class.join.untrusted", url),
        0);
  }

  /** The server could not be reached (status 0) or refused (its status). */
  public static final class ClassServerException extends Exception {
    private final int status;

    public ClassServerException(String message, int status) {
      super(message);
      this.status = status;
    }

    public int status() {
      return status;
    }
  }
}
