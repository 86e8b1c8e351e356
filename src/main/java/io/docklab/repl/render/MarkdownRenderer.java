package io.docklab.repl.render;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

/**
 * Lesson text (Markdown) laid out for a terminal of a given width: headings, emphasis, lists, code
 * blocks set apart, links with their address. Widths are counted in terminal columns, so Japanese
 * double-width characters wrap correctly, and a soft line break between two CJK characters joins
 * them without a space.
 *
 * <p>Paragraphs wrap at the width; code blocks are never re-wrapped, so their long lines are the
 * only ones that may be wider.
 */
public final class MarkdownRenderer {
  /** Narrower terminals are laid out as if they had this many columns. */
  public static final int MIN_WIDTH = 20;

  private static final Parser PARSER = Parser.builder().build();
  private static final String[] BULLETS = {"• ", "◦ ", "▪ "};
  private static final String CODE_BAR = "  │ ";
  private static final String QUOTE_BAR = "> ";
  private static final int TAB = 4;

  private final int width;
  private final Style styles;
  private final List<AttributedString> lines = new ArrayList<>();

  /**
   * @param width terminal columns to fill (at least 20 are used)
   * @param colour whether to use ANSI styles (off for {@code NO_COLOR} or a non-terminal)
   */
  public MarkdownRenderer(int width, boolean colour) {
    this.width = Math.max(MIN_WIDTH, width);
    this.styles = new Style(colour);
  }

  /** The lines of {@code markdown} laid out, joined with {@code \n}, no trailing newline. */
  public String render(String markdown) {
    return String.join("\n", renderLines(markdown));
  }

  /** The lines of {@code markdown} laid out, as the terminal gets them. */
  public synchronized List<String> renderLines(String markdown) {
    lines.clear();
    blocks(PARSER.parse(markdown), Indent.root(), false);
    while (!lines.isEmpty() && lines.get(lines.size() - 1).length() == 0) {
      lines.remove(lines.size() - 1);
    }
    return lines.stream().map(styles::print).toList();
  }

  /** The children of {@code container}, with a blank line between them unless {@code tight}. */
  private void blocks(Node container, Indent indent, boolean tight) {
    boolean first = true;
    for (Node node = container.getFirstChild(); node != null; node = node.getNext()) {
      if (isHidden(node)) {
        continue;
      }
      if (!first && !tight) {
        emit(indent.next());
      }
      block(node, indent);
      first = false;
    }
  }

  private void block(Node node, Indent indent) {
    if (node instanceof Paragraph paragraph) {
      text(paragraph, indent, AttributedStyle.DEFAULT);
    } else if (node instanceof Heading heading) {
      heading(heading, indent);
    } else if (node instanceof FencedCodeBlock code) {
      code(code.getLiteral(), indent);
    } else if (node instanceof IndentedCodeBlock code) {
      code(code.getLiteral(), indent);
    } else if (node instanceof HtmlBlock html) {
      code(html.getLiteral(), indent);
    } else if (node instanceof BulletList || node instanceof OrderedList) {
      list((ListBlock) node, indent);
    } else if (node instanceof BlockQuote quote) {
      AttributedString bar = styles.faint(QUOTE_BAR);
      blocks(quote, indent.nest(bar, bar), false);
    } else if (node instanceof ThematicBreak) {
      emit(line(indent.next(), styles.faint("─".repeat(indent.available(width)))));
    } else {
      blocks(node, indent, false);
    }
  }

  private static boolean isHidden(Node node) {
    return node instanceof HtmlBlock html && html.getLiteral().strip().startsWith("<!--");
  }

  private void text(Node block, Indent indent, AttributedStyle base) {
    List<Cell> cells = InlineCollector.collect(block, styles, base);
    for (List<Cell> wrapped : LineWrapper.wrap(cells, indent.available(width))) {
      emit(line(indent.next(), cells(wrapped)));
    }
  }

  /** A heading in bold, underlined with a rule as long as its text (double for level 1). */
  private void heading(Heading heading, Indent indent) {
    List<Cell> cells =
        InlineCollector.collect(heading, styles, styles.strong().apply(AttributedStyle.DEFAULT));
    int longest = 0;
    for (List<Cell> wrapped : LineWrapper.wrap(cells, indent.available(width))) {
      AttributedString text = cells(wrapped);
      longest = Math.max(longest, text.columnLength());
      emit(line(indent.next(), text));
    }
    if (heading.getLevel() <= 2) {
      String rule = heading.getLevel() == 1 ? "═" : "─";
      emit(line(indent.next(), styles.faint(rule.repeat(longest))));
    }
  }

  /** Code as it is, each line after a bar; tabs become spaces, nothing is wrapped. */
  private void code(String literal, Indent indent) {
    String body = literal.endsWith("\n") ? literal.substring(0, literal.length() - 1) : literal;
    AttributedString bar = styles.faint(CODE_BAR);
    AttributedStyle codeStyle = styles.code().apply(AttributedStyle.DEFAULT);
    for (String source : body.split("\n", -1)) {
      emit(line(indent.next(), bar, new AttributedString(expandTabs(source), codeStyle)));
    }
  }

  /** Items after their marker, with the lines under it indented as far as the marker is wide. */
  private void list(ListBlock list, Indent indent) {
    int depth = 0;
    for (Node parent = list.getParent(); parent != null; parent = parent.getParent()) {
      depth += parent instanceof BulletList ? 1 : 0;
    }
    List<String> markers = new ArrayList<>();
    int number = list instanceof OrderedList ordered ? startOf(ordered) : 0;
    for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
      markers.add(
          list instanceof OrderedList ordered
              ? number++ + delimiter(ordered) + " "
              : BULLETS[Math.min(depth, BULLETS.length - 1)]);
    }
    int markerWidth = markers.stream().mapToInt(Columns::of).max().orElse(0);
    int index = 0;
    for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
      if (index > 0 && !list.isTight()) {
        emit(indent.next());
      }
      String marker = markers.get(index++);
      Indent itemIndent =
          indent.nest(
              styles.faint(" ".repeat(markerWidth - Columns.of(marker)) + marker),
              new AttributedString(" ".repeat(markerWidth)));
      if (item.getFirstChild() == null) {
        emit(itemIndent.next());
      }
      blocks((ListItem) item, itemIndent, list.isTight());
    }
  }

  private static int startOf(OrderedList list) {
    Integer start = list.getMarkerStartNumber();
    return start == null ? 1 : start;
  }

  private static String delimiter(OrderedList list) {
    String delimiter = list.getMarkerDelimiter();
    return delimiter == null ? "." : delimiter;
  }

  private static String expandTabs(String line) {
    StringBuilder expanded = new StringBuilder();
    int column = 0;
    for (int i = 0; i < line.length(); ) {
      int codePoint = line.codePointAt(i);
      i += Character.charCount(codePoint);
      if (codePoint == '\t') {
        int spaces = TAB - column % TAB;
        expanded.append(" ".repeat(spaces));
        column += spaces;
      } else {
        expanded.appendCodePoint(codePoint);
        column += Columns.of(codePoint);
      }
    }
    return expanded.toString();
  }

  private static AttributedString cells(List<Cell> cells) {
    AttributedStringBuilder text = new AttributedStringBuilder();
    for (Cell cell : cells) {
      text.style(cell.style()).append(new String(Character.toChars(cell.codePoint())));
    }
    return text.toAttributedString();
  }

  private static AttributedString line(AttributedString... parts) {
    AttributedStringBuilder line = new AttributedStringBuilder();
    for (AttributedString part : parts) {
      line.append(part);
    }
    return line.toAttributedString();
  }

  /** Adds a line without the spaces it may end in (an empty quote line keeps its bar). */
  private void emit(AttributedString line) {
    String plain = line.toString();
    int end = plain.length();
    while (end > 0 && plain.charAt(end - 1) == ' ') {
      end--;
    }
    lines.add(line.subSequence(0, end));
  }
}
