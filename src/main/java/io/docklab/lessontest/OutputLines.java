package io.docklab.lessontest;

import java.util.Arrays;
import java.util.List;

/** The last lines of a command's output, as reports show them. */
public final class OutputLines {
  /** How many lines a report shows of a failed step's output. */
  public static final int TAIL = 10;

  private OutputLines() {}

  /** The last {@code count} non-blank-ended lines of {@code output}, joined with newlines. */
  public static String last(String output, int count) {
    if (output == null || output.isBlank()) {
      return "";
    }
    List<String> lines = Arrays.asList(output.replace("\r\n", "\n").stripTrailing().split("\n"));
    return String.join("\n", lines.subList(Math.max(0, lines.size() - count), lines.size()));
  }
}
