package io.docklab.repl.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Terminal columns of Latin and Japanese text, and cutting text to a number of columns. */
class ColumnsTest {
  @Test
  void japaneseTakesTwoColumnsPerCharacter() {
    assertEquals(3, Columns.of("abc"));
    assertEquals(6, Columns.of("日本語"));
    assertEquals(4, Columns.of("、。"));
    assertEquals(1, Columns.of("│"));
  }

  @Test
  void cjkIncludesKanaKanjiAndFullWidthPunctuation() {
    assertTrue(Columns.isCjk('あ'));
    assertTrue(Columns.isCjk('漢'));
    assertTrue(Columns.isCjk('、'));
    assertTrue(Columns.isCjk('）'));
    assertFalse(Columns.isCjk('a'));
    assertFalse(Columns.isCjk(')'));
  }

  @Test
  void truncateCutsByColumnsAndEndsWithAnEllipsis() {
    assertEquals("short", Columns.truncate("short", 10));
    assertEquals("abcdefgh…", Columns.truncate("abcdefghijkl", 9));
    assertEquals("日本…", Columns.truncate("日本語の文", 6));
    assertEquals("日本…", Columns.truncate("日本語の文", 5));
    assertEquals("", Columns.truncate("日本語", 0));
  }
}
