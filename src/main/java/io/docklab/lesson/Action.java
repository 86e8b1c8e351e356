package io.docklab.lesson;

/** Something the learner does in a step: write a file or run a command. */
public sealed interface Action permits FileAction, CommandAction {}
