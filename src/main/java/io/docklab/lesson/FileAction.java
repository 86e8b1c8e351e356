package io.docklab.lesson;

/** A file the learner creates in the lesson workspace, with the content it should have. */
public record FileAction(String path, String content) implements Action {}
