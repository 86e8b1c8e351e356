package io.docklab.repl.render;

import java.util.HashMap;
import java.util.Map;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;

/**
 * Writes a styled line with ANSI escapes. JLine's own {@code toAnsi()} turns box-drawing characters
 * (the bars and rules here) into ASCII or alternate-charset switches when it has no terminal, so
 * this writes the text as it is and asks JLine only for each style's escape sequence.
 */
final class AnsiPrinter {
  private static final String RESET = "\u001b[0m";
  private static final Map<AttributedStyle, String> ESCAPES = new HashMap<>();

  private AnsiPrinter() {}

  static String print(AttributedString line) {
    StringBuilder out = new StringBuilder();
    AttributedStyle current = AttributedStyle.DEFAULT;
    for (int i = 0; i < line.length(); i++) {
      AttributedStyle style = line.styleAt(i);
      if (!style.equals(current)) {
        if (!current.equals(AttributedStyle.DEFAULT)) {
          out.append(RESET);
        }
        out.append(escape(style));
        current = style;
      }
      out.append(line.charAt(i));
    }
    if (!current.equals(AttributedStyle.DEFAULT)) {
      out.append(RESET);
    }
    return out.toString();
  }

  /** The escape that starts {@code style}: what JLine writes before a styled space. */
  private static synchronized String escape(AttributedStyle style) {
    return ESCAPES.computeIfAbsent(
        style,
        key -> {
          String sample = new AttributedString(" ", key).toAnsi();
          return sample.substring(0, sample.indexOf(' '));
        });
  }
}
