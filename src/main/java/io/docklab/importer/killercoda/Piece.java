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
   * @param original the command as the scenario wrote it (its paths as on Killercoda)
   */
  record Command(String run, String where, boolean interrupt, String original) implements Piece {}

  /**
   * The lines typed into the interactive command just before it (the commands a scenario runs in a
   * container's shell, up to its {@code exit}).
   */
  record Input(List<String> lines) implements Piece {}

  /** A hint, from a {@code <details>} block whose summary reads like a tip. */
  record Hint(String markdown) implements Piece {}

  /**
   * The commands of a {@code <details>} block whose summary reads like a solution, and as the
   * scenario wrote them.
   */
  record Solution(List<String> commands, String where, List<String> originals) implements Piece {}
}
