package io.docklab.repl.render;

import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

/**
 * The one line above a step: {@code Step 3/12 ████░░░░ Title}, fitted to the terminal's width. The
 * bar shrinks on narrow terminals and goes when there is no room for it; the title is cut with
 * {@code …} by columns, so a Japanese title is never split inside a character.
 */
public final class StepHeader {
  private final int width;
  private final Style styles;

  /**
   * @param width terminal columns (at least 20 are used)
   * @param colour whether to use ANSI styles
   */
  public StepHeader(int width, boolean colour) {
    this.width = Math.max(MarkdownRenderer.MIN_WIDTH, width);
    this.styles = new Style(colour);
  }

  /** The header of step {@code step} (counted from 1) of {@code total}, titled {@code title}. */
  public String line(int step, int total, String title) {
    String label = ProgressBar.label(step, total);
    int cells = barCells();
    AttributedStringBuilder line = new AttributedStringBuilder();
    line.append(label, styles.strong().apply(AttributedStyle.DEFAULT));
    if (cells > 0) {
      line.append(" ")
          .append(
              ProgressBar.bar(step, total, cells), styles.code().apply(AttributedStyle.DEFAULT));
    }
    int room = width - line.columnLength() - 1;
    String shown = Columns.truncate(title.strip().replaceAll("\\s+", " "), room);
    if (!shown.isEmpty()) {
      line.append(" ").append(shown, styles.strong().apply(AttributedStyle.DEFAULT));
    }
    return styles.print(line.toAttributedString());
  }

  /** The bar's cells: 12 on a wide terminal, fewer on a narrow one, none below 40 columns. */
  private int barCells() {
    if (width >= 80) {
      return 12;
    }
    if (width >= 60) {
      return 8;
    }
    return width >= 40 ? 4 : 0;
  }
}
