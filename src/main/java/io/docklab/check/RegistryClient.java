package io.docklab.check;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLException;

/**
 * Asks a registry, through the Registry HTTP API v2, whether a manifest exists: {@code HEAD
 * /v2/NAME/manifests/TAG} with the Accept headers of Docker v2 and OCI manifests and indexes, Basic
 * credentials, and the Bearer token flow that registries such as Docker Hub ask for in {@code
 * WWW-Authenticate}.
 */
final class RegistryClient {
  static final String ACCEPT =
      String.join(
          ", ",
          "application/vnd.docker.distribution.manifest.v2+json",
          "application/vnd.docker.distribution.manifest.list.v2+json",
          "application/vnd.oci.image.manifest.v1+json",
          "application/vnd.oci.image.index.v1+json");
  private static final Duration TIMEOUT = Duration.ofSeconds(5);
  private static final Pattern PARAMETER = Pattern.compile("(\\w+)=\"([^\"]*)\"");
  private static final Pattern TOKEN =
      Pattern.compile("\"(?:token|access_token)\"\\s*:\\s*\"([^\"]+)\"");

  // Made at the first lookup: an HTTP client costs a tenth of a second (its TLS set-up), which
  // the lab's start should not pay.
  private HttpClient client;

  private synchronized HttpClient client() {
    if (client == null) {
      client =
          HttpClient.newBuilder()
              .connectTimeout(TIMEOUT)
              .version(HttpClient.Version.HTTP_1_1)
              // The blocking send waits anyway: handing each step to a pool only adds thread hops.
              .executor(Runnable::run)
              .followRedirects(HttpClient.Redirect.NORMAL)
              .build();
    }
    return client;
  }

  /** What the registry said about a manifest. */
  enum Answer {
    FOUND,
    NOT_FOUND,
    /** The registry refused the credentials given. */
    REFUSED,
    /** The registry wants credentials and none were given. */
    NEEDS_LOGIN
  }

  /** The answer, with the status code and digest the registry gave. */
  record Lookup(Answer answer, int status, String digest) {}

  /**
   * Looks up {@code repository:tag} on {@code registry}.
   *
   * @throws IOException when the registry cannot be reached
   */
  Lookup manifest(String registry, String repository, String tag, String username, String password)
      throws IOException, InterruptedException {
    URI base = base(registry);
    String name =
        dockerHub(registry) && !repository.contains("/") ? "library/" + repository : repository;
    URI uri = base.resolve("/v2/" + name + "/manifests/" + tag);
    String basic = basic(username, password);
    HttpResponse<Void> response;
    try {
      response = head(uri, basic);
    } catch (SSLException notTls) {
      if (!"https".equals(base.getScheme())) {
        throw notTls;
      }
      uri = URI.create("http" + uri.toString().substring("https".length()));
      response = head(uri, basic); // A registry without TLS, as Docker tries for insecure ones.
    }
    if (response.statusCode() == 401) {
      Optional<String> challenge = response.headers().firstValue("WWW-Authenticate");
      if (challenge.isPresent() && challenge.get().regionMatches(true, 0, "Bearer", 0, 6)) {
        String token = token(challenge.get(), name, basic);
        if (token == null) {
          return new Lookup(basic == null ? Answer.NEEDS_LOGIN : Answer.REFUSED, 401, null);
        }
        response = head(uri, "Bearer " + token);
      }
    }
    int status = response.statusCode();
    String digest = response.headers().firstValue("Docker-Content-Digest").orElse(null);
    if (status >= 200 && status < 300) {
      return new Lookup(Answer.FOUND, status, digest);
    }
    if (status == 404) {
      return new Lookup(Answer.NOT_FOUND, status, null);
    }
    if (status == 401 || status == 403) {
      return new Lookup(basic == null ? Answer.NEEDS_LOGIN : Answer.REFUSED, status, null);
    }
    throw new IOException("HTTP " + status);
  }

  private HttpResponse<Void> head(URI uri, String authorization)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri)
            .timeout(TIMEOUT)
            .header("Accept", ACCEPT)
            .method("HEAD", HttpRequest.BodyPublishers.noBody());
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return client().send(request.build(), HttpResponse.BodyHandlers.discarding());
  }

  /** A pull token from the realm named in a Bearer challenge, or null when it is refused. */
  private String token(String challenge, String name, String basic)
      throws IOException, InterruptedException {
    Map<String, String> parameters = parameters(challenge);
    String realm = parameters.get("realm");
    if (realm == null) {
      return null;
    }
    StringBuilder query = new StringBuilder();
    if (parameters.containsKey("service")) {
      query.append("service=").append(encode(parameters.get("service")));
    }
    String scope = parameters.getOrDefault("scope", "repository:" + name + ":pull");
    query.append(query.length() > 0 ? "&" : "").append("scope=").append(encode(scope));
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(realm + (realm.contains("?") ? "&" : "?") + query))
            .timeout(TIMEOUT)
            .GET();
    if (basic != null) {
      request.header("Authorization", basic);
    }
    HttpResponse<String> response =
        client().send(request.build(), HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      return null;
    }
    Matcher token = TOKEN.matcher(response.body());
    return token.find() ? token.group(1) : null;
  }

  static Map<String, String> parameters(String challenge) {
    Map<String, String> parameters = new LinkedHashMap<>();
    Matcher parameter = PARAMETER.matcher(challenge);
    while (parameter.find()) {
      parameters.put(parameter.group(1).toLowerCase(java.util.Locale.ROOT), parameter.group(2));
    }
    return parameters;
  }

  /** Where the API of {@code registry} is: Docker Hub's API host, plain HTTP on loopback. */
  static URI base(String registry) {
    String host = registry.strip();
    if (host.startsWith("http://") || host.startsWith("https://")) {
      return URI.create(host.replaceAll("/+$", "") + "/");
    }
    if (dockerHub(host)) {
      return URI.create("https://registry-1.docker.io/");
    }
    String hostOnly = host.replaceFirst(":\\d+$", "");
    boolean loopback =
        hostOnly.equals("localhost") || hostOnly.startsWith("127.") || hostOnly.equals("[::1]");
    return URI.create((loopback ? "http://" : "https://") + host + "/");
  }

  static boolean dockerHub(String registry) {
    String host = registry.strip();
    return host.equals("docker.io")
        || host.equals("index.docker.io")
        || host.equals("registry-1.docker.io");
  }

  private static String basic(String username, String password) {
    if (username == null || username.isEmpty()) {
      return null;
    }
    String pair = username + ":" + (password == null ? "" : password);
    return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
