package io.docklab.lesson.check;

import io.docklab.lesson.Text;

/**
 * A volume by name: it exists (or not), with its driver, and optionally a file in it.
 *
 * @param driver required driver ({@code local}…), or null for any
 * @param path a file relative to the volume's root, or null; alone it must exist
 * @param content what that file must match, or null
 */
public record VolumeCheck(
    String name,
    boolean exists,
    String driver,
    String path,
    Matcher content,
    Text message,
    String passesBefore)
    implements CheckSpec {}
