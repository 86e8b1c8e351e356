package io.docklab.importer.killercoda;

import java.util.List;

/** A part of a converted step text, in the order the lesson shows it. */
sealed interface Piece {
  /** Markdown the learner reads. */
  record Prose(String markdown) implements Piece {}

  /**
   * A command of an {@code {{exec}}} block: what the learner is told to type and {@code :run} runs.
   *
   * @param where {@code file:line} of the block
   * @param interrupt Killercoda sends Ctrl-C before it ({@code {{exec interrupt}}}): the command
   *     before it holds the terminal
   */
  record Command(String run, String where, boolean interrupt) implements Piece {}

  /** A hint, from a {@code <details>} block whose summary reads like a tip. */
  record Hint(String markdown) implements Piece {}

  /** The commands of a {@code <details>} block whose summary reads like a solution. */
  record Solution(List<String> commands, String where) implements Piece {}
}
