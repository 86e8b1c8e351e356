package io.docklab.lesson.check;

/**
 * A mount a {@code container} check asks for. Only {@code target} is required; the others are
 * compared when given.
 *
 * @param type volume, bind or tmpfs, or null for any
 * @param source the volume's name or the host path (a relative one is from the lesson workspace),
 *     or null for any
 * @param readOnly whether the mount must be read-only (or writable), or null for either
 */
public record Mount(MountType type, String source, String target, Boolean readOnly) {}
