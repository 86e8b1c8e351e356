package io.docklab.repl;

import java.util.regex.Pattern;

/** Terminal output as plain text, for checks that read what a command printed. */
final class AnsiText {
  private static final Pattern ESCAPES =
      Pattern.compile(
          "\u001B\\[[0-?]*[ -/]*[@-~]|\u001B\\][^\u0007\u001B]*(\u0007|\u001B\\\\)|\u001B[@-Z\\\\-_]");

  private AnsiText() {}

  /** {@code text} without colour and cursor escapes and without carriage returns. */
  static String plain(String text) {
    return ESCAPES.matcher(text).replaceAll("").replace("\r", "");
  }
}
