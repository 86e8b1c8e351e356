package io.docklab.repl.render;

import org.jline.utils.AttributedStyle;

/** One character of laid-out text with its style, or a marker for a line break. */
record Cell(int codePoint, AttributedStyle style) {
  /** A soft line break in the source, before it is joined (CJK) or made a space (Latin). */
  static final int SOFT_BREAK = -1;

  /** A hard line break: the line ends here. */
  static final int HARD_BREAK = -2;

  boolean isSpace() {
    return codePoint == ' ';
  }

  int columns() {
    return codePoint < 0 ? 0 : Columns.of(codePoint);
  }
}
