package io.docklab.lesson.load;

import io.docklab.util.OneLine;

/**
 * One problem in a lesson file, where it is: {@code file:line:column: what was expected}. Line and
 * column count from 1; 0 means the problem concerns the file as a whole. It is always one line: a
 * control character in the file name or the message (a value quoted from the file) is escaped.
 */
public record LessonError(String file, int line, int column, String message)
    implements Comparable<LessonError> {

  public LessonError {
    file = OneLine.of(file);
    message = OneLine.of(message);
  }

  /** A problem with the file as a whole (it cannot be read, it is not a lesson). */
  public static LessonError ofFile(String file, String message) {
    return new LessonError(file, 0, 0, message);
  }

  @Override
  public int compareTo(LessonError other) {
    int byFile = file.compareTo(other.file);
    if (byFile != 0) {
      return byFile;
    }
    int byLine = Integer.compare(line, other.line);
    return byLine != 0 ? byLine : Integer.compare(column, other.column);
  }

  @Override
  public String toString() {
    return line == 0 ? file + ": " + message : file + ":" + line + ":" + column + ": " + message;
  }
}
