package io.docklab.registry;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.docklab.docker.ImageReference;
import io.docklab.util.LazyHttpClient;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import javax.net.ssl.SSLException;

/**
 * docklab's one client of the Registry HTTP API v2, for the registry check, the cleanup of a
 * lesson's repositories and the lab's own registry: the base URL of {@link RegistryAddress} (with
 * its plain-HTTP fallback, remembered per registry), Basic credentials, the Bearer token flow a
 * registry asks for in {@code WWW-Authenticate}, and one Accept list for manifests.
 */
public final class RegistryClient {
  /** The manifest types docklab asks for: Docker v2 and OCI manifests and indexes. */
  public static final String MANIFEST_TYPES =
      String.join(
          ", ",
          "application/vnd.docker.distribution.manifest.v2+json",
          "application/vnd.docker.distribution.manifest.list.v2+json",
          "application/vnd.oci.image.manifest.v1+json",
          "application/vnd.oci.image.index.v1+json");

  private static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(5);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Duration timeout;
  private final Function<String, RegistryAddress> addresses;
  private final Map<String, URI> bases = new ConcurrentHashMap<>();
  private final LazyHttpClient http;

  public RegistryClient() {
    this(DEFAULT_TIMEOUT);
  }

  public RegistryClient(Duration timeout) {
    this(timeout, RegistryAddress::of);
  }

  /** A client that finds registries by another rule than {@link RegistryAddress#of(String)}. */
  public RegistryClient(Duration timeout, Function<String, RegistryAddress> addresses) {
    this.timeout = timeout;
    this.addresses = addresses;
    this.http = new LazyHttpClient(timeout, HttpClient.Redirect.NORMAL);
  }

  /** The {@code Authorization} value for Basic credentials; null without a user name. */
  public static String basic(String username, String password) {
    if (username == null || username.isEmpty()) {
      return null;
    }
    String pair = username + ":" + (password == null ? "" : password);
    return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
  }

  /** {@code GET /v2/}: the status alone (401 asks for credentials, 200 accepts them). */
  public int ping(String registry, String authorization) throws IOException, InterruptedException {
    return exchange(registry, "", "GET", null, authorization).status();
  }

  /** {@code HEAD} of the manifest {@code reference} (a tag or a digest) of {@code repository}. */
  public RegistryResponse manifest(
      String registry, String repository, String reference, String authorization)
      throws IOException, InterruptedException {
    return send(
        registry, repository, "/manifests/" + reference, "HEAD", MANIFEST_TYPES, authorization);
  }

  /** {@code GET …/tags/list}; the tags are in {@link #tags(RegistryResponse)}. */
  public RegistryResponse tagList(String registry, String repository, String authorization)
      throws IOException, InterruptedException {
    return send(registry, repository, "/tags/list", "GET", null, authorization);
  }

  /** The tags named by a successful tag list. */
  public static List<String> tags(RegistryResponse listed) throws IOException {
    List<String> names = new ArrayList<>();
    JSON.readTree(listed.body()).path("tags").forEach(tag -> names.add(tag.asText()));
    return names;
  }

  /** {@code DELETE} of the manifest {@code digest}, with every tag on it. */
  public RegistryResponse deleteManifest(
      String registry, String repository, String digest, String authorization)
      throws IOException, InterruptedException {
    return send(registry, repository, "/manifests/" + digest, "DELETE", null, authorization);
  }

  /**
   * Sends a request about {@code repository} (an official image's one-part name on Docker Hub is
   * under {@code library/}) and follows a Bearer challenge: the scope is the challenge's own, else
   * pull and, for a deletion, delete.
   */
  private RegistryResponse send(
      String registry,
      String repository,
      String path,
      String method,
      String accept,
      String authorization)
      throws IOException, InterruptedException {
    String name = ImageReference.pathOn(registry, repository);
    String full = name + path;
    RegistryResponse response = exchange(registry, full, method, accept, authorization);
    if (response.status() != 401) {
      return response;
    }
    Optional<BearerChallenge> challenge = BearerChallenge.parse(response.challenge());
    if (challenge.isEmpty()) {
      return response;
    }
    String scope = "repository:" + name + (method.equals("DELETE") ? ":pull,delete" : ":pull");
    Optional<String> token = token(challenge.get(), scope, authorization);
    return token.isPresent()
        ? exchange(registry, full, method, accept, "Bearer " + token.get())
        : response;
  }

  /** One request, at the registry's base URL, falling back to plain HTTP where the rule allows. */
  private RegistryResponse exchange(
      String registry, String path, String method, String accept, String authorization)
      throws IOException, InterruptedException {
    URI known = bases.get(registry);
    if (known != null) {
      return request(known.resolve("/v2/" + path), method, accept, authorization);
    }
    RegistryAddress address = addresses.apply(registry);
    try {
      RegistryResponse response =
          request(address.first().resolve("/v2/" + path), method, accept, authorization);
      bases.put(registry, address.first());
      return response;
    } catch (SSLException | HttpConnectTimeoutException notTls) {
      // No TLS there: a plain server answers the handshake with an error, or not at all.
      if (address.fallback().isEmpty()) {
        throw notTls;
      }
      URI plain = address.fallback().get();
      RegistryResponse response =
          request(plain.resolve("/v2/" + path), method, accept, authorization);
      bases.put(registry, plain);
      return response;
    }
  }

  private RegistryResponse request(URI uri, String method, String accept, String authorization)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri)
            .timeout(timeout)
            .method(method, HttpRequest.BodyPublishers.noBody());
    if (accept != null) {
      request.header("Accept", accept);
    }
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    HttpResponse<String> response =
        client().send(request.build(), HttpResponse.BodyHandlers.ofString());
    return new RegistryResponse(
        response.statusCode(),
        response.headers().firstValue("Docker-Content-Digest").orElse(null),
        response.headers().firstValue("WWW-Authenticate").orElse(null),
        response.body());
  }

  /** A token from the realm of {@code challenge}, asked with the Basic credentials if any. */
  private Optional<String> token(BearerChallenge challenge, String scope, String authorization)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(challenge.tokenUri(scope)).timeout(timeout).GET();
    if (authorization != null && authorization.startsWith("Basic ")) {
      request.header("Authorization", authorization);
    }
    HttpResponse<String> response =
        client().send(request.build(), HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      return Optional.empty();
    }
    try {
      return BearerChallenge.token(response.body());
    } catch (IOException notJson) {
      return Optional.empty();
    }
  }

  private HttpClient client() {
    return http.get();
  }
}
