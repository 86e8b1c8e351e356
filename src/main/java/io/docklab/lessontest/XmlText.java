package io.docklab.lessontest;

import java.util.regex.Pattern;

/**
 * Text made fit for XML 1.0: terminal escape sequences removed, and characters XML cannot hold at
 * all (other control characters, lone surrogates) replaced by U+FFFD. Markup characters are left to
 * the XML writer, which escapes them.
 */
final class XmlText {
  private static final Pattern TERMINAL_ESCAPE =
      Pattern.compile("\u001B(\\[[0-9;?]*[ -/]*[@-~]|\\][^\u0007\u001B]*(\u0007|\u001B\\\\)|.)");

  private XmlText() {}

  static String of(String text) {
    if (text == null) {
      return "";
    }
    String plain = TERMINAL_ESCAPE.matcher(text).replaceAll("");
    StringBuilder fit = new StringBuilder(plain.length());
    for (int i = 0; i < plain.length(); ) {
      int c = plain.codePointAt(i);
      boolean allowed =
          c == 0x9
              || c == 0xA
              || c == 0xD
              || (c >= 0x20 && c <= 0xD7FF)
              || (c >= 0xE000 && c <= 0xFFFD)
              || (c >= 0x10000 && c <= 0x10FFFF);
      fit.appendCodePoint(allowed ? c : 0xFFFD);
      i += Character.charCount(c);
    }
    return fit.toString();
  }
}
