package io.docklab.run;

import io.docklab.docker.ImageReference;
import io.docklab.i18n.Messages;
import io.docklab.registry.RegistryClient;
import io.docklab.registry.RegistryResponse;
import java.io.IOException;
import java.net.ConnectException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Deletes every tag of a registry repository through the Registry API v2: lists the tags, asks each
 * tag's manifest digest and deletes the manifest by digest. A registry that cannot be reached or
 * refuses is one problem line.
 */
final class RegistryCleanup {
  private static final Duration TIMEOUT = Duration.ofSeconds(10);

  private final RegistryClient registry;
  private final RegistryCredentials credentials;
  private final List<String> removed;
  private final List<String> problems;

  RegistryCleanup(RegistryCredentials credentials, List<String> removed, List<String> problems) {
    this(new RegistryClient(TIMEOUT), credentials, removed, problems);
  }

  RegistryCleanup(
      RegistryClient registry,
      RegistryCredentials credentials,
      List<String> removed,
      List<String> problems) {
    this.registry = registry;
    this.credentials = credentials;
    this.removed = removed;
    this.problems = problems;
  }

  /** Deletes every tag of {@code repository}; a repository that is not there is no problem. */
  void clean(String repository) {
    ImageReference target = ImageReference.parse(repository);
    String host = target.registry();
    String auth = credentials.basicFor(host).map(basic -> "Basic " + basic).orElse(null);
    try {
      RegistryResponse listed = registry.tagList(host, target.path(), auth);
      if (listed.status() == 404) {
        return; // No such repository (any more).
      }
      if (refused(listed, target)) {
        return;
      }
      Map<String, List<String>> tagsByDigest = new LinkedHashMap<>();
      for (String tag : RegistryClient.tags(listed)) {
        digestOf(target, tag, auth)
            .ifPresent(
                found -> tagsByDigest.computeIfAbsent(found, d -> new ArrayList<>()).add(tag));
      }
      for (Map.Entry<String, List<String>> manifest : tagsByDigest.entrySet()) {
        RegistryResponse deleted =
            registry.deleteManifest(host, target.path(), manifest.getKey(), auth);
        if (deleted.status() != 404 && !refused(deleted, target)) {
          manifest.getValue().forEach(tag -> removed.add(removedLine(target, tag)));
        }
      }
    } catch (IOException unreachable) {
      problems.add(
          Messages.get("cleanup.problem.registryUnreachable", host, describe(unreachable)));
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      problems.add(Messages.get("cleanup.problem.registryUnreachable", host, "interrupted"));
    }
  }

  private static String removedLine(ImageReference target, String tag) {
    return Messages.get("cleanup.removed.registryTag", target.qualifiedRepository() + ":" + tag);
  }

  /** The digest of the manifest {@code tag} names (tags of one image share it). */
  private Optional<String> digestOf(ImageReference target, String tag, String auth)
      throws IOException, InterruptedException {
    RegistryResponse head = registry.manifest(target.registry(), target.path(), tag, auth);
    if (head.status() == 404 || refused(head, target)) {
      return Optional.empty();
    }
    if (head.digest() == null) {
      problems.add(
          Messages.get("cleanup.problem.noDigest", target.qualifiedRepository() + ":" + tag));
    }
    return Optional.ofNullable(head.digest());
  }

  /** True (and a problem noted) when the registry did not answer with success. */
  private boolean refused(RegistryResponse response, ImageReference target) {
    if (response.succeeded()) {
      return false;
    }
    String key =
        switch (response.status()) {
          case 401, 403 -> "cleanup.problem.registryDenied";
          case 405 -> "cleanup.problem.registryNoDelete";
          default -> "cleanup.problem.registryStatus";
        };
    problems.add(Messages.get(key, target.qualifiedRepository(), response.status()));
    return true;
  }

  private static String describe(IOException failure) {
    String message = failure.getMessage();
    if (failure instanceof ConnectException) {
      return "connection refused";
    }
    return message == null || message.isBlank() ? failure.getClass().getSimpleName() : message;
  }
}
