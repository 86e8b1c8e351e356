package io.docklab.repl.render;

import io.docklab.util.AnsiText;
import java.util.ArrayList;
import java.util.List;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;

/**
 * docklab's own lines fitted to the terminal by the one {@link LineWrapper}, with the same rules as
 * lesson text: breaks at spaces, and between two characters where {@link Kinsoku} allows it
 * (Japanese has no spaces), double-width characters counted as two columns. A broken line goes on
 * at its own indentation, and each line carries its own styles.
 *
 * <p>Commands stay whole: a line that is a command ({@code $ …}), a file's content (indented four
 * spaces) or a code block ({@code │ …}) is never broken, and inside a sentence a command in the
 * code style or between backquotes ({@link Style#command}) is never split.
 */
public final class Wrap {
  /** Narrower terminals are not wrapped at all. */
  private static final int MIN_WIDTH = 20;

  private Wrap() {}

  /** {@code text} (lines with ANSI styles) in lines of at most {@code width} columns. */
  public static String lines(String text, int width) {
    if (width < MIN_WIDTH) {
      return text;
    }
    List<String> out = new ArrayList<>();
    for (String line : text.split("\n", -1)) {
      if (columns(line) <= width || keptWhole(AnsiText.strip(line))) {
        out.add(line);
      } else {
        out.addAll(wrapLine(line, width));
      }
    }
    return String.join("\n", out);
  }

  /** The columns {@code text} takes on a terminal, escape sequences left out. */
  public static int columns(String text) {
    return Columns.of(AnsiText.strip(text));
  }

  private static boolean keptWhole(String plain) {
    String text = plain.stripLeading();
    return plain.startsWith("    ") || text.startsWith("$ ") || text.startsWith("│ ");
  }

  private static List<String> wrapLine(String line, int width) {
    AttributedString styled = AttributedString.fromAnsi(line);
    String plain = styled.toString();
    int start = plain.length() - plain.stripLeading().length();
    String indent = plain.substring(0, start);
    if (Columns.of(indent) >= width / 2) {
      indent = "";
    }
    List<String> wrapped = new ArrayList<>();
    for (List<Cell> cells :
        LineWrapper.wrap(
            cells(styled.subSequence(start, styled.length())), width - indent.length())) {
      AttributedStringBuilder out = new AttributedStringBuilder().append(indent);
      cells.forEach(
          cell -> out.style(cell.style()).append(new String(Character.toChars(cell.codePoint()))));
      wrapped.add(AnsiPrinter.print(out.toAttributedString()));
    }
    String trailing = plain.substring(plain.stripTrailing().length()); // A question's last space.
    wrapped.set(wrapped.size() - 1, wrapped.get(wrapped.size() - 1) + trailing);
    return wrapped;
  }

  /** The characters of {@code text}, glued inside code-styled and backquoted runs. */
  private static List<Cell> cells(AttributedString text) {
    List<Cell> cells = new ArrayList<>();
    boolean quoted = false;
    for (int i = 0; i < text.length(); ) {
      int codePoint = Character.codePointAt(text, i);
      boolean code = Style.isCode(text.styleAt(i));
      boolean wasCode = i > 0 && Style.isCode(text.styleAt(i - 1));
      boolean closing = quoted && codePoint == '`';
      boolean glued = (code && wasCode) || quoted;
      cells.add(new Cell(codePoint, text.styleAt(i), glued));
      if (codePoint == '`') {
        quoted = !closing && text.toString().indexOf('`', i + 1) >= 0;
      }
      i += Character.charCount(codePoint);
    }
    return cells;
  }
}
