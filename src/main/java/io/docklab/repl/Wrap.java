package io.docklab.repl;

import io.docklab.util.AnsiText;
import org.jline.utils.WCWidth;

/**
 * docklab's own lines fitted to the terminal: each line broken at a space where it can, else
 * between two characters (Japanese has no spaces), counting double-width characters as two columns,
 * never starting a line with closing punctuation. A broken line goes on at its own indentation.
 * Lines with ANSI styles are left whole.
 */
final class Wrap {
  private static final String NO_LINE_START = "、。，．・：；？！ー」』）】〉》,.;:!?)]}";

  private static final int ESC = 0x1B;

  private Wrap() {}

  static String lines(String text, int width) {
    if (width < 20) {
      return text;
    }
    StringBuilder out = new StringBuilder();
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (i > 0) {
        out.append('\n');
      }
      wrapLine(lines[i], width, out);
    }
    return out.toString();
  }

  private static void wrapLine(String line, int width, StringBuilder out) {
    String plain = AnsiText.strip(line);
    if (plain.startsWith("  $ ") || plain.startsWith("    ")) {
      out.append(line); // A command or a file's content: broken, it could not be copied whole.
      return;
    }
    String indent = line.substring(0, line.length() - line.stripLeading().length());
    String rest = line;
    boolean first = true;
    while (columns(rest) > width) {
      int cut = cut(rest, width);
      out.append(rest, 0, cut).append('\n');
      rest = indent + rest.substring(cut).stripLeading();
      first = false;
      if (columns(indent) >= width / 2) {
        indent = "";
      }
    }
    out.append(first ? rest : rest.stripTrailing());
  }

  /** Where to break {@code line} so that what comes before fits in {@code width} columns. */
  private static int cut(String line, int width) {
    int used = 0;
    int fits = 0;
    int lastSpace = -1;
    for (int i = 0; i < line.length(); ) {
      int codePoint = line.codePointAt(i);
      int next = i + Character.charCount(codePoint);
      if (codePoint == ESC) {
        i = fits = escapeEnd(line, i);
        continue;
      }
      used += Math.max(0, WCWidth.wcwidth(codePoint));
      if (used > width) {
        break;
      }
      if (codePoint == ' ' && line.substring(0, i).strip().length() > 0) {
        lastSpace = i;
      }
      fits = next;
      i = next;
    }
    if (lastSpace > 0 && columns(line.substring(0, lastSpace)) > width / 2) {
      return lastSpace;
    }
    int cut = Math.max(1, fits);
    while (cut > 1 && cut < line.length() && NO_LINE_START.indexOf(line.charAt(cut)) >= 0) {
      cut--;
    }
    return lastSpace > 0 && cut <= 1 ? lastSpace : cut;
  }

  static int columns(String text) {
    int columns = 0;
    for (int i = 0; i < text.length(); ) {
      int codePoint = text.codePointAt(i);
      if (codePoint == ESC) {
        i = escapeEnd(text, i);
        continue;
      }
      columns += Math.max(0, WCWidth.wcwidth(codePoint));
      i += Character.charCount(codePoint);
    }
    return columns;
  }

  /** The index after the escape sequence (CSI) that starts at {@code start}. */
  private static int escapeEnd(String text, int start) {
    int i = start + 1;
    if (i < text.length() && text.charAt(i) == '[') {
      i++;
      while (i < text.length() && (text.charAt(i) < '@' || text.charAt(i) > '~')) {
        i++;
      }
    }
    return Math.min(text.length(), i + 1);
  }
}
