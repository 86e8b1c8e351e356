package io.docklab.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.docklab.i18n.Messages;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Deletes every tag of a registry repository through the Registry API v2: lists the tags, asks each
 * tag's manifest digest ({@code HEAD}, Docker and OCI media types) and deletes the manifest by
 * digest. A registry that cannot be reached or refuses is one problem line.
 */
final class RegistryCleanup {
  private static final Duration TIMEOUT = Duration.ofSeconds(10);
  private static final String MANIFESTS =
      String.join(
          ", ",
          "application/vnd.docker.distribution.manifest.v2+json",
          "application/vnd.docker.distribution.manifest.list.v2+json",
          "application/vnd.oci.image.manifest.v1+json",
          "application/vnd.oci.image.index.v1+json");

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(TIMEOUT).version(HttpClient.Version.HTTP_1_1).build();
  private final RegistryCredentials credentials;
  private final List<String> removed;
  private final List<String> problems;

  RegistryCleanup(RegistryCredentials credentials, List<String> removed, List<String> problems) {
    this.credentials = credentials;
    this.removed = removed;
    this.problems = problems;
  }

  /** Deletes every tag of {@code repository}; a repository that is not there is no problem. */
  void clean(String repository) {
    RegistryRepository target = RegistryRepository.parse(repository);
    Optional<String> auth = credentials.basicFor(target.registry());
    try {
      HttpResponse<String> listed = send(request(target, "/tags/list", auth).GET(), target);
      if (listed.statusCode() == 404) {
        return; // No such repository (any more).
      }
      if (refused(listed, target)) {
        return;
      }
      Map<String, List<String>> tagsByDigest = new LinkedHashMap<>();
      for (String tag : tags(listed.body())) {
        Optional<String> digest = digestOf(target, tag, auth);
        digest.ifPresent(
            found -> tagsByDigest.computeIfAbsent(found, d -> new ArrayList<>()).add(tag));
      }
      for (Map.Entry<String, List<String>> manifest : tagsByDigest.entrySet()) {
        if (delete(target, manifest.getKey(), auth)) {
          manifest
              .getValue()
              .forEach(
                  tag ->
                      removed.add(Messages.get("cleanup.removed.registryTag", target + ":" + tag)));
        }
      }
    } catch (IOException unreachable) {
      problems.add(
          Messages.get(
              "cleanup.problem.registryUnreachable", target.registry(), describe(unreachable)));
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      problems.add(
          Messages.get("cleanup.problem.registryUnreachable", target.registry(), "interrupted"));
    }
  }

  /** The digest of the manifest {@code tag} names (tags of one image share it). */
  private Optional<String> digestOf(RegistryRepository target, String tag, Optional<String> auth)
      throws IOException, InterruptedException {
    HttpResponse<String> head =
        send(
            request(target, "/manifests/" + tag, auth)
                .header("Accept", MANIFESTS)
                .method("HEAD", HttpRequest.BodyPublishers.noBody()),
            target);
    if (head.statusCode() == 404 || refused(head, target)) {
      return Optional.empty();
    }
    Optional<String> digest = head.headers().firstValue("Docker-Content-Digest");
    if (digest.isEmpty()) {
      problems.add(Messages.get("cleanup.problem.noDigest", target + ":" + tag));
    }
    return digest;
  }

  /** Deletes the manifest {@code digest}, with every tag on it; true when it is gone. */
  private boolean delete(RegistryRepository target, String digest, Optional<String> auth)
      throws IOException, InterruptedException {
    HttpResponse<String> delete =
        send(request(target, "/manifests/" + digest, auth).DELETE(), target);
    return delete.statusCode() != 404 && !refused(delete, target);
  }

  private static HttpRequest.Builder request(
      RegistryRepository target, String path, Optional<String> auth) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(URI.create(target.baseUrl() + "/v2/" + target.name() + path))
            .timeout(TIMEOUT);
    auth.ifPresent(basic -> builder.header("Authorization", "Basic " + basic));
    return builder;
  }

  private HttpResponse<String> send(HttpRequest.Builder request, RegistryRepository target)
      throws IOException, InterruptedException {
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** True (and a problem noted) when the registry did not answer with success. */
  private boolean refused(HttpResponse<String> response, RegistryRepository target) {
    int status = response.statusCode();
    if (status >= 200 && status < 300) {
      return false;
    }
    String key =
        switch (status) {
          case 401, 403 -> "cleanup.problem.registryDenied";
          case 405 -> "cleanup.problem.registryNoDelete";
          default -> "cleanup.problem.registryStatus";
        };
    problems.add(Messages.get(key, target.toString(), status));
    return true;
  }

  private static List<String> tags(String body) throws IOException {
    JsonNode tags = new ObjectMapper().readTree(body).path("tags");
    List<String> names = new ArrayList<>();
    tags.forEach(tag -> names.add(tag.asText()));
    return names;
  }

  private static String describe(IOException failure) {
    String message = failure.getMessage();
    if (failure instanceof java.net.ConnectException) {
      return "connection refused";
    }
    return message == null || message.isBlank() ? failure.getClass().getSimpleName() : message;
  }
}
