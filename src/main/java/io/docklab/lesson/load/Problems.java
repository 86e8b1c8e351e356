package io.docklab.lesson.load;

import io.docklab.i18n.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/** Collects the errors found while loading one file, each with its place in the file. */
final class Problems {
  private final String file;
  private final List<LessonError> errors = new ArrayList<>();

  /** Lines to add to a node's mark: where the YAML being read starts in the file, less one. */
  private int lineShift;

  Problems(String file) {
    this.file = file;
  }

  String file() {
    return file;
  }

  /** An error at a node; its message is {@code lesson.error.<key>} with {@code arguments}. */
  void at(Node node, String key, Object... arguments) {
    at(node.getStartMark(), key, arguments);
  }

  /**
   * An error {@code offset} characters into a scalar, when the scalar is plain and on one line (so
   * that the offset is a column); at the scalar's start otherwise.
   */
  void atOffset(Node node, int offset, String key, Object... arguments) {
    boolean oneLine =
        node instanceof ScalarNode scalar
            && scalar.getScalarStyle() == ScalarStyle.PLAIN
            && !scalar.getValue().contains("\n");
    int line = node.getStartMark().map(m -> m.getLine() + 1).orElse(1) + lineShift;
    int column = node.getStartMark().map(m -> m.getColumn() + 1).orElse(1);
    at(line, column + (oneLine ? offset : 0), key, arguments);
  }

  void at(Optional<Mark> mark, String key, Object... arguments) {
    int line = mark.map(m -> m.getLine() + 1).orElse(1) + lineShift;
    int column = mark.map(m -> m.getColumn() + 1).orElse(1);
    at(line, column, key, arguments);
  }

  /**
   * Reads YAML that starts at 1-based {@code firstLine} of the file but was composed as if it
   * started at line 1: while {@code read} runs, errors at its nodes are moved down to where they
   * are in the file. (Composing it with that many blank lines before it would cost, for a Markdown
   * lesson of many blocks, time that grows with the square of its length.)
   */
  <T> T shifted(int firstLine, Supplier<T> read) {
    int before = lineShift;
    lineShift = firstLine - 1;
    try {
      return read.get();
    } finally {
      lineShift = before;
    }
  }

  /** The 1-based line in the file of a node's start (offline recipes keep where they stand). */
  int line(Node node) {
    return node.getStartMark().map(m -> m.getLine() + 1).orElse(1) + lineShift;
  }

  /**
   * An error at a 1-based line and column counted like a node's marks (moved down with them while
   * {@link #shifted} reads), such as a line inside a literal block.
   */
  void atMarkLine(int line, int column, String key, Object... arguments) {
    at(line + lineShift, column, key, arguments);
  }

  /** An error at a 1-based line and column. */
  void at(int line, int column, String key, Object... arguments) {
    errors.add(new LessonError(file, line, column, Messages.get("lesson.error." + key, arguments)));
  }

  void file(String key, Object... arguments) {
    errors.add(LessonError.ofFile(file, Messages.get("lesson.error." + key, arguments)));
  }

  boolean isEmpty() {
    return errors.isEmpty();
  }

  List<LessonError> sorted() {
    return errors.stream().sorted().toList();
  }
}
