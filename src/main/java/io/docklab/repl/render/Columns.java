package io.docklab.repl.render;

import org.jline.utils.WCWidth;

/**
 * Widths in terminal columns: Japanese and other East Asian wide characters take two columns,
 * combining marks none. Also says which characters are CJK, for joining soft line breaks and for
 * wrapping between characters.
 */
public final class Columns {
  /** What ends a truncated text. */
  public static final String ELLIPSIS = "…";

  private Columns() {}

  /** The columns {@code codePoint} takes on a terminal (control characters: none). */
  public static int of(int codePoint) {
    return Math.max(0, WCWidth.wcwidth(codePoint));
  }

  /** The columns {@code text} takes on a terminal. */
  public static int of(String text) {
    return text.codePoints().map(Columns::of).sum();
  }

  /**
   * Whether {@code codePoint} is written in CJK text without spaces around it: wide characters
   * (kana, kanji, hangul, full-width forms) and CJK punctuation.
   */
  public static boolean isCjk(int codePoint) {
    if (WCWidth.wcwidth(codePoint) == 2) {
      return true;
    }
    Character.UnicodeBlock block = Character.UnicodeBlock.of(codePoint);
    return block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
        || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS
        || block == Character.UnicodeBlock.KATAKANA
        || block == Character.UnicodeBlock.HIRAGANA;
  }

  /**
   * {@code text} cut to at most {@code columns} columns, ending in {@value #ELLIPSIS} when it was
   * cut; a wide character is never split.
   */
  public static String truncate(String text, int columns) {
    if (of(text) <= columns) {
      return text;
    }
    if (columns <= 0) {
      return "";
    }
    StringBuilder kept = new StringBuilder();
    int used = 0;
    int budget = columns - of(ELLIPSIS);
    for (int i = 0; i < text.length(); ) {
      int codePoint = text.codePointAt(i);
      int width = of(codePoint);
      if (used + width > budget) {
        break;
      }
      kept.appendCodePoint(codePoint);
      used += width;
      i += Character.charCount(codePoint);
    }
    return kept.toString().stripTrailing() + ELLIPSIS;
  }
}
