package io.docklab.repl.render;

import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;

/**
 * What goes before each line of a nested block: a list marker on an item's first line and spaces
 * under it (a hanging indent), a bar before each line of a quote. Each indent sits inside its
 * parent's, so a list in a quote gets both.
 */
final class Indent {
  /** The indent of top-level blocks: none. */
  static Indent root() {
    return new Indent(null, AttributedString.EMPTY, AttributedString.EMPTY);
  }

  private final Indent parent;
  private final AttributedString first;
  private final AttributedString rest;
  private boolean used;

  private Indent(Indent parent, AttributedString first, AttributedString rest) {
    this.parent = parent;
    this.first = first;
    this.rest = rest;
  }

  /** An indent inside this one: {@code first} before its first line, {@code rest} after. */
  Indent nest(AttributedString first, AttributedString rest) {
    return new Indent(this, first, rest);
  }

  /** The prefix of the next line, which uses up the first-line prefixes. */
  AttributedString next() {
    AttributedStringBuilder prefix = new AttributedStringBuilder();
    if (parent != null) {
      prefix.append(parent.next());
    }
    prefix.append(used ? rest : first);
    used = true;
    return prefix.toAttributedString();
  }

  /** The columns left for text on a line of {@code width}. */
  int available(int width) {
    return width - columns();
  }

  private int columns() {
    int own = Math.max(first.columnLength(), rest.columnLength());
    return own + (parent == null ? 0 : parent.columns());
  }
}
