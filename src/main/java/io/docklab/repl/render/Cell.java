package io.docklab.repl.render;

import org.jline.utils.AttributedStyle;

/**
 * One character of laid-out text with its style, or a marker for a line break. A glued cell may not
 * start a line after the cell before it: inline code and commands are glued together.
 */
record Cell(int codePoint, AttributedStyle style, boolean glued) {
  /** A soft line break in the source, before it is joined (CJK) or made a space (Latin). */
  static final int SOFT_BREAK = -1;

  /** A hard line break: the line ends here. */
  static final int HARD_BREAK = -2;

  Cell(int codePoint, AttributedStyle style) {
    this(codePoint, style, false);
  }

  boolean isSpace() {
    return codePoint == ' ';
  }

  int columns() {
    return codePoint < 0 ? 0 : Columns.of(codePoint);
  }
}
