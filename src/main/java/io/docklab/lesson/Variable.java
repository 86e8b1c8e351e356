package io.docklab.lesson;

/**
 * A value used as {@code {{name}}} in commands, files and checks.
 *
 * @param prompt what docklab asks when the learner chooses the value; empty when nobody is asked
 * @param secret whether the value is hidden when shown or typed
 */
public record Variable(
    String name, @Key("default") String defaultValue, Text prompt, boolean secret) {}
