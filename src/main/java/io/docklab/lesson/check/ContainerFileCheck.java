package io.docklab.lesson.check;

import io.docklab.lesson.Text;

/**
 * A file inside a {@code container} or inside an {@code image}. A relative path is taken from the
 * container's (or image's) working directory.
 */
public record ContainerFileCheck(
    String container, String image, String path, boolean exists, Matcher content, Text message)
    implements CheckSpec {}
