package io.docklab.docker;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What docklab sends to engines of both API generations. The real Debian engine is covered by the
 * integration tests; a Docker 29 engine cannot be installed here, so this stand-in answers {@code
 * GET /version} as Docker 29 does and refuses, as Docker 29 does, any versioned path below its
 * minimum.
 */
class ApiVersionOnTheWireTest {
  private static final Pattern VERSIONED = Pattern.compile("^/v1\\.(\\d+)/");

  private final List<String> paths = new CopyOnWriteArrayList<>();
  private HttpServer server;

  @AfterEach
  void stop() {
    server.stop(0);
  }

  @Test
  void docker29GetsApi144() throws IOException {
    start("29.0.1", "1.52", "1.44");
    try (DockerEngine engine = DockerEngine.connect(address())) {
      engine.client().pingCmd().exec();
      assertEquals("1.44", engine.apiVersion().getVersion());
      assertEquals("29.0.1", engine.serverVersion());
    }
    assertEquals(List.of("/version", "/v1.44/_ping"), paths);
  }

  @Test
  void debianDocker20GetsApi141() throws IOException {
    start("20.10.24+dfsg1", "1.41", "1.12");
    try (DockerEngine engine = DockerEngine.connect(address())) {
      engine.client().pingCmd().exec();
      assertEquals("1.41", engine.apiVersion().getVersion());
    }
    assertEquals(List.of("/version", "/v1.41/_ping"), paths);
  }

  private void start(String version, String apiVersion, String minimum) throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/",
        exchange -> {
          String path = exchange.getRequestURI().getPath();
          paths.add(path);
          Matcher versioned = VERSIONED.matcher(path);
          int minor = Integer.parseInt(minimum.substring(2));
          if (versioned.find() && Integer.parseInt(versioned.group(1)) < minor) {
            answer(
                exchange,
                400,
                "{\"message\":\"client version is too old. Minimum supported API"
                    + " version is "
                    + minimum
                    + "\"}");
          } else if (path.endsWith("/version")) {
            answer(
                exchange,
                200,
                json(
                    Map.of(
                        "Version", version, "ApiVersion", apiVersion, "MinAPIVersion", minimum)));
          } else if (path.endsWith("/_ping")) {
            answer(exchange, 200, "OK");
          } else {
            answer(exchange, 404, "{\"message\":\"page not found\"}");
          }
        });
    server.start();
  }

  private EngineAddress address() {
    return EngineAddress.at(URI.create("tcp://127.0.0.1:" + server.getAddress().getPort()));
  }

  private static String json(Map<String, String> fields) {
    StringBuilder json = new StringBuilder("{");
    fields.forEach(
        (key, value) -> json.append('"').append(key).append("\":\"").append(value).append("\","));
    return json.substring(0, json.length() - 1) + "}";
  }

  private static void answer(HttpExchange exchange, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    exchange.getResponseBody().write(bytes);
    exchange.close();
  }
}
