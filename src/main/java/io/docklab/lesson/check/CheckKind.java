package io.docklab.lesson.check;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The kinds of check a lesson may declare, by the name lesson files use in {@code kind:}. */
public enum CheckKind {
  CONTAINER("container", ContainerCheck.class),
  IMAGE("image", ImageCheck.class),
  HTTP("http", HttpCheck.class),
  COMMAND("command", CommandCheck.class),
  OUTPUT("output", OutputCheck.class),
  FILE("file", FileCheck.class),
  CONTAINER_FILE("containerFile", ContainerFileCheck.class),
  REGISTRY("registry", RegistryCheck.class),
  NETWORK("network", NetworkCheck.class),
  VOLUME("volume", VolumeCheck.class);

  private final String key;
  private final Class<? extends CheckSpec> type;

  CheckKind(String key, Class<? extends CheckSpec> type) {
    this.key = key;
    this.type = type;
  }

  public String key() {
    return key;
  }

  public Class<? extends CheckSpec> type() {
    return type;
  }

  public static Optional<CheckKind> byKey(String key) {
    return Arrays.stream(values()).filter(kind -> kind.key.equals(key)).findFirst();
  }

  public static List<String> keys() {
    return Arrays.stream(values()).map(CheckKind::key).toList();
  }
}
