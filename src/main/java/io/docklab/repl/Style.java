package io.docklab.repl;

/** ANSI styles for docklab's own lines, or none ({@code NO_COLOR}, a non-terminal). */
final class Style {
  private final boolean colour;

  Style(boolean colour) {
    this.colour = colour;
  }

  /** Colour when the terminal is a real one and {@code NO_COLOR} is not set. */
  static boolean wanted(String terminalType, String noColor) {
    boolean dumb = terminalType == null || terminalType.startsWith("dumb");
    return !dumb && (noColor == null || noColor.isEmpty());
  }

  boolean colour() {
    return colour;
  }

  String bold(String text) {
    return wrap("1", text);
  }

  String dim(String text) {
    return wrap("2", text);
  }

  String ok(String text) {
    return wrap("1;32", text);
  }

  String bad(String text) {
    return wrap("1;31", text);
  }

  String warn(String text) {
    return wrap("33", text);
  }

  String code(String text) {
    return wrap("36", text);
  }

  private String wrap(String sgr, String text) {
    return colour ? "\u001B[" + sgr + "m" + text + "\u001B[0m" : text;
  }
}
