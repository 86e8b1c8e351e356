package io.docklab.registry;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A registry without TLS on the loopback, as a classroom registry on plain HTTP answers: one
 * repository {@code learner/app} whose tags point at manifests that can be deleted. Its {@link
 * #client()} reaches it as a registry on the local network is reached, HTTPS first.
 */
public final class PlainHttpRegistry implements AutoCloseable {
  public static final String NAME = "classroom.lan:5000";
  // This server does not answer a TLS handshake at all (a Go registry answers it with an error):
  // the client's timeout is how long the HTTPS attempt lasts.
  public static final Duration HANDSHAKE = Duration.ofMillis(500);
  private final HttpServer server;
  private final Map<String, String> tags = new ConcurrentHashMap<>();

  public PlainHttpRegistry(Map<String, String> digestsByTag) throws IOException {
    tags.putAll(digestsByTag);
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/v2/", this::answer);
    server.start();
  }

  /** A client that finds {@link #NAME} here, HTTPS first and plain HTTP as the fallback. */
  public RegistryClient client() {
    RegistryAddress address =
        new RegistryAddress(https(), Optional.of(URI.create("http://" + here() + "/")));
    return new RegistryClient(HANDSHAKE, registry -> address);
  }

  /** Its address with the scheme a registry elsewhere is asked at first. */
  public URI https() {
    return URI.create("https://" + here() + "/");
  }

  private String here() {
    return "127.0.0.1:" + server.getAddress().getPort();
  }

  public Map<String, String> tags() {
    return Map.copyOf(tags);
  }

  private void answer(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath();
    String method = exchange.getRequestMethod();
    String prefix = "/v2/learner/app/";
    if (path.equals(prefix + "tags/list")) {
      send(exchange, 200, "{\"name\":\"learner/app\",\"tags\":" + tagList() + "}");
    } else if (path.startsWith(prefix + "manifests/") && method.equals("HEAD")) {
      String digest = tags.get(path.substring((prefix + "manifests/").length()));
      if (digest != null) {
        exchange.getResponseHeaders().add("Docker-Content-Digest", digest);
      }
      send(exchange, digest == null ? 404 : 200, "");
    } else if (path.startsWith(prefix + "manifests/") && method.equals("DELETE")) {
      String digest = path.substring((prefix + "manifests/").length());
      boolean there = tags.values().removeIf(digest::equals);
      send(exchange, there ? 202 : 404, "");
    } else {
      send(exchange, 404, "");
    }
  }

  private String tagList() {
    return tags.keySet().stream()
        .sorted()
        .map(tag -> "\"" + tag + "\"")
        .collect(java.util.stream.Collectors.joining(",", "[", "]"));
  }

  private static void send(HttpExchange exchange, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    boolean empty = "HEAD".equals(exchange.getRequestMethod()) || bytes.length == 0;
    exchange.sendResponseHeaders(status, empty ? -1 : bytes.length);
    if (!empty) {
      exchange.getResponseBody().write(bytes);
    }
    exchange.close();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
