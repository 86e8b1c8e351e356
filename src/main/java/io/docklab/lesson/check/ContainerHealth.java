package io.docklab.lesson.check;

/**
 * The health statuses a {@code container} check can ask for, as Docker names them; {@code none} is
 * a container without a health check.
 */
public enum ContainerHealth {
  STARTING("starting"),
  HEALTHY("healthy"),
  UNHEALTHY("unhealthy"),
  NONE("none");

  private final String key;

  ContainerHealth(String key) {
    this.key = key;
  }

  public String key() {
    return key;
  }
}
