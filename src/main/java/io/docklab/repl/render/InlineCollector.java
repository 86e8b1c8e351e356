package io.docklab.repl.render;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.UnaryOperator;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.jline.utils.AttributedStyle;

/**
 * The inline content of a paragraph or heading as styled characters: emphasis, inline code, links
 * as {@code text (url)}. A soft line break joins two CJK characters directly and is a space
 * elsewhere, since Japanese text is hard-wrapped in the source without spaces between words.
 */
final class InlineCollector extends AbstractVisitor {
  private final Style styles;
  private final List<Cell> cells = new ArrayList<>();
  private final Deque<AttributedStyle> style = new ArrayDeque<>();

  private InlineCollector(Style styles, AttributedStyle base) {
    this.styles = styles;
    style.push(base);
  }

  /** The children of {@code block} as cells, starting from the {@code base} style. */
  static List<Cell> collect(Node block, Style styles, AttributedStyle base) {
    InlineCollector collector = new InlineCollector(styles, base);
    collector.visitChildren(block);
    return joinSoftBreaks(collector.cells);
  }

  @Override
  public void visit(Text text) {
    append(text.getLiteral(), style.peek());
  }

  @Override
  public void visit(Code code) {
    AttributedStyle codeStyle = styles.code().apply(style.peek());
    int start = cells.size();
    append(styles.codeQuote() + code.getLiteral() + styles.codeQuote(), codeStyle);
    glue(start);
  }

  @Override
  public void visit(Emphasis emphasis) {
    styled(emphasis, styles.emphasis());
  }

  @Override
  public void visit(StrongEmphasis strong) {
    styled(strong, styles.strong());
  }

  @Override
  public void visit(Link link) {
    withAddress(link, link.getDestination());
  }

  @Override
  public void visit(Image image) {
    withAddress(image, image.getDestination());
  }

  @Override
  public void visit(SoftLineBreak softLineBreak) {
    cells.add(new Cell(Cell.SOFT_BREAK, style.peek()));
  }

  @Override
  public void visit(HardLineBreak hardLineBreak) {
    cells.add(new Cell(Cell.HARD_BREAK, style.peek()));
  }

  @Override
  public void visit(HtmlInline html) {
    if (!html.getLiteral().startsWith("<!--")) {
      append(html.getLiteral(), style.peek());
    }
  }

  private void styled(Node node, UnaryOperator<AttributedStyle> change) {
    style.push(change.apply(style.peek()));
    visitChildren(node);
    style.pop();
  }

  /** The link's text, then its address in brackets unless the text already says it. */
  private void withAddress(Node node, String address) {
    int start = cells.size();
    styled(node, styles.link());
    StringBuilder shown = new StringBuilder();
    cells.subList(start, cells.size()).forEach(cell -> shown.appendCodePoint(cell.codePoint()));
    String text = shown.toString();
    boolean same =
        text.equals(address)
            || ("mailto:" + text).equals(address)
            || text.equals(address.replaceFirst("^https?://", ""));
    if (!address.isEmpty() && !same) {
      append(" (" + address + ")", styles.faint().apply(style.peek()));
    }
  }

  /** Glues the cells from {@code start} on, so that no line breaks inside them. */
  private void glue(int start) {
    for (int i = start + 1; i < cells.size(); i++) {
      Cell cell = cells.get(i);
      cells.set(i, new Cell(cell.codePoint(), cell.style(), true));
    }
  }

  private void append(String text, AttributedStyle cellStyle) {
    text.codePoints()
        .map(codePoint -> codePoint == '\t' || codePoint == '\n' ? ' ' : codePoint)
        .forEach(codePoint -> cells.add(new Cell(codePoint, cellStyle)));
  }

  /**
   * Soft breaks made nothing between two CJK characters and next to CJK punctuation (。、「」 are never
   * followed or preceded by a space), a space elsewhere.
   */
  private static List<Cell> joinSoftBreaks(List<Cell> cells) {
    List<Cell> joined = new ArrayList<>(cells.size());
    for (int i = 0; i < cells.size(); i++) {
      Cell cell = cells.get(i);
      if (cell.codePoint() != Cell.SOFT_BREAK) {
        joined.add(cell);
        continue;
      }
      int before = joined.isEmpty() ? ' ' : joined.get(joined.size() - 1).codePoint();
      int after = i + 1 < cells.size() ? cells.get(i + 1).codePoint() : ' ';
      boolean join =
          (Columns.isCjk(before) && Columns.isCjk(after))
              || Columns.isCjkPunctuation(before)
              || Columns.isCjkPunctuation(after);
      if (!join) {
        joined.add(new Cell(' ', cell.style().underlineOff().italicOff()));
      }
    }
    return joined;
  }
}
