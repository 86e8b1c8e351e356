package io.docklab.util;

import java.util.regex.Pattern;

/** Text as a person reads it on a terminal: without escape sequences and carriage returns. */
public final class AnsiText {
  private static final Pattern ESCAPES =
      Pattern.compile(
          "\u001B\\[[0-?]*[ -/]*[@-~]" // CSI: colours, cursor movement
              + "|\u001B\\][^\u0007\u001B]*(?:\u0007|\u001B\\\\)" // OSC: window titles
              + "|\u001B[PX^_][^\u001B]*\u001B\\\\" // DCS, SOS, PM, APC strings
              + "|\u001B[@-Z\\\\-_]" // two-character sequences
              + "|\u001B[()][0-9A-Za-z]"); // character set selection

  private AnsiText() {}

  /** {@code text} without escape sequences; carriage returns become line ends. */
  public static String strip(String text) {
    if (text == null) {
      return "";
    }
    String plain = text.indexOf('\u001B') < 0 ? text : ESCAPES.matcher(text).replaceAll("");
    return plain.indexOf('\r') < 0 ? plain : plain.replace("\r\n", "\n").replace("\r", "\n");
  }
}
