package io.docklab.util;

/**
 * Text made safe to print as (part of) one line: every control character, line and paragraph
 * separator written as an escape ({@code \n}, {@code \r}, {@code \t}, {@code \u001b}), so that a
 * value quoted in a message can neither break the line nor forge another one, nor steer the
 * terminal.
 */
public final class OneLine {
  private OneLine() {}

  public static String of(String text) {
    if (text == null) {
      return null;
    }
    int first = firstUnsafe(text);
    if (first < 0) {
      return text;
    }
    StringBuilder line = new StringBuilder(text.length() + 8).append(text, 0, first);
    for (int i = first; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!unsafe(c)) {
        line.append(c);
      } else if (c == '\n') {
        line.append("\\n");
      } else if (c == '\r') {
        line.append("\\r");
      } else if (c == '\t') {
        line.append("\\t");
      } else {
        line.append(String.format("\\u%04x", (int) c));
      }
    }
    return line.toString();
  }

  private static int firstUnsafe(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (unsafe(text.charAt(i))) {
        return i;
      }
    }
    return -1;
  }

  private static boolean unsafe(char c) {
    return Character.isISOControl(c) || c == '\u2028' || c == '\u2029';
  }
}
