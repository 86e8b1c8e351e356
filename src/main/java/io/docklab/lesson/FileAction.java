package io.docklab.lesson;

/**
 * A file the learner creates in the lesson workspace, with the content it should have: the same in
 * every language, or one per language (a Dockerfile whose comments are in the learner's language).
 */
public record FileAction(String path, Text content) implements Action {}
