package io.docklab.lesson.check;

/** The states of a container a check can ask for, as Docker names them. */
public enum ContainerState {
  CREATED("created"),
  RUNNING("running"),
  EXITED("exited");

  private final String key;

  ContainerState(String key) {
    this.key = key;
  }

  public String key() {
    return key;
  }
}
