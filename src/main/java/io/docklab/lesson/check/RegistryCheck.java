package io.docklab.lesson.check;

import io.docklab.lesson.Text;

/**
 * {@code repository:tag} exists (or not) in a registry, asked with the given credentials.
 *
 * @param registry host[:port], or {@code docker.io} for Docker Hub
 */
public record RegistryCheck(
    String registry,
    String repository,
    String tag,
    String username,
    String password,
    boolean exists,
    Text message,
    String passesBefore)
    implements CheckSpec {
  /** A check that must fail before the step's work (no {@code passesBefore}). */
  public RegistryCheck(
      String registry,
      String repository,
      String tag,
      String username,
      String password,
      boolean exists,
      Text message) {
    this(registry, repository, tag, username, password, exists, message, null);
  }
}
