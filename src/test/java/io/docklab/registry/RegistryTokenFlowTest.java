package io.docklab.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Bearer token flow of registries such as Docker Hub, against a small server on the loopback
 * that speaks it (Docker Hub itself is out of reach in the lab): a 401 with {@code
 * WWW-Authenticate: Bearer realm=…}, a token for Basic credentials, the manifest for that token.
 */
class RegistryTokenFlowTest {
  private static final String BASIC =
      "Basic " + Base64.getEncoder().encodeToString("learner:secret".getBytes());

  private HttpServer server;
  private String registry;
  private final List<String> accepts = new CopyOnWriteArrayList<>();

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    registry = "127.0.0.1:" + server.getAddress().getPort();
    server.createContext("/token", this::token);
    server.createContext("/v2/", this::manifest);
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private void token(HttpExchange exchange) throws IOException {
    String query = exchange.getRequestURI().getQuery();
    boolean right =
        BASIC.equals(exchange.getRequestHeaders().getFirst("Authorization"))
            && query.contains("service=test-registry")
            && query.contains("scope=repository:learner/app:pull");
    send(exchange, right ? 200 : 401, right ? "{\"token\": \"t0k3n\", \"expires_in\": 300}" : "");
  }

  private void manifest(HttpExchange exchange) throws IOException {
    accepts.add(exchange.getRequestHeaders().getFirst("Accept"));
    if (!"Bearer t0k3n".equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
      exchange
          .getResponseHeaders()
          .add(
              "WWW-Authenticate",
              "Bearer realm=\"http://"
                  + registry
                  + "/token\",service=\"test-registry\",scope=\"repository:learner/app:pull\"");
      send(exchange, 401, "");
      return;
    }
    boolean there = exchange.getRequestURI().getPath().equals("/v2/learner/app/manifests/v1");
    exchange.getResponseHeaders().add("Docker-Content-Digest", "sha256:abc");
    send(exchange, there ? 200 : 404, "");
  }

  private static void send(HttpExchange exchange, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    boolean head = "HEAD".equals(exchange.getRequestMethod());
    exchange.sendResponseHeaders(status, head || bytes.length == 0 ? -1 : bytes.length);
    if (!head && bytes.length > 0) {
      exchange.getResponseBody().write(bytes);
    }
    exchange.close();
  }

  @Test
  void aTokenFromTheRealmOpensTheManifest() throws Exception {
    RegistryResponse found = new RegistryClient().manifest(registry, "learner/app", "v1", BASIC);
    assertEquals(200, found.status());
    assertEquals("sha256:abc", found.digest());
    assertEquals(RegistryClient.MANIFEST_TYPES, accepts.get(0));
    assertEquals(404, new RegistryClient().manifest(registry, "learner/app", "v2", BASIC).status());
  }

  @Test
  void aRefusedTokenLeavesTheChallenge() throws Exception {
    String wrong = RegistryClient.basic("learner", "wrong");
    assertEquals(401, new RegistryClient().manifest(registry, "learner/app", "v1", wrong).status());
    assertEquals(401, new RegistryClient().manifest(registry, "learner/app", "v1", null).status());
  }

  @Test
  void theTokenIsReadAsJson() throws Exception {
    assertEquals("a", BearerChallenge.token("{\"token\":\"a\",\"access_token\":\"b\"}").get());
    assertEquals("b", BearerChallenge.token("{\"access_token\": \"b\"}").get());
    assertTrue(BearerChallenge.token("{\"token\": \"\"}").isEmpty());
    assertTrue(BearerChallenge.token("").isEmpty());
  }
}
