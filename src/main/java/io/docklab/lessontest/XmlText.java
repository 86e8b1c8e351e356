package io.docklab.lessontest;

import io.docklab.util.AnsiText;

/**
 * Text made fit for XML 1.0: terminal escape sequences removed ({@link AnsiText}), and characters
 * XML cannot hold at all (other control characters, lone surrogates) replaced by U+FFFD. Markup
 * characters are left to the XML writer, which escapes them.
 */
final class XmlText {
  private XmlText() {}

  static String of(String text) {
    String plain = AnsiText.strip(text);
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
