package io.docklab.lesson.check;

import io.docklab.lesson.Text;

/**
 * A file inside a {@code container} or inside an {@code image}. A relative path is taken from the
 * container's (or image's) working directory.
 */
public record ContainerFileCheck(
    String container,
    String image,
    String path,
    boolean exists,
    Matcher content,
    Text message,
    String passesBefore)
    implements CheckSpec {
  /** A check that must fail before the step's work (no {@code passesBefore}). */
  public ContainerFileCheck(
      String container, String image, String path, boolean exists, Matcher content, Text message) {
    this(container, image, path, exists, content, message, null);
  }
}
