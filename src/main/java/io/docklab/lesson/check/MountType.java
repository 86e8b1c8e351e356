package io.docklab.lesson.check;

/** The kinds of mount a {@code container} check can ask for, as Docker names them. */
public enum MountType {
  VOLUME("volume"),
  BIND("bind"),
  TMPFS("tmpfs");

  private final String key;

  MountType(String key) {
    this.key = key;
  }

  public String key() {
    return key;
  }
}
