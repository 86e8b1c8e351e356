package io.docklab.repl.render;

/**
 * Where a line may break: at spaces, and between two characters when one of them is CJK, except
 * before closing punctuation (。、）」 and the like may not start a line) and after opening punctuation
 * (「（ may not end one). Latin words are never split.
 */
final class Kinsoku {
  private static final String NO_LINE_START =
      "。、，．・：；？！）」』】〕〉》〙〗｝］”’ゝゞーァィゥェォッャュョヮヵヶぁぃぅぇぉっゃゅょゎゕゖ々…‥" + ")]},.:;!?%";
  private static final String NO_LINE_END = "（「『【〔〈《〘〖｛［“‘([{";

  private Kinsoku() {}

  /** Whether a line may end after {@code before} and the next begin with {@code after}. */
  static boolean mayBreakBetween(int before, int after) {
    if (after == ' ') {
      return false;
    }
    if (before == ' ') {
      return true;
    }
    if (!Columns.isCjk(before) && !Columns.isCjk(after)) {
      return false;
    }
    return NO_LINE_START.indexOf(after) < 0 && NO_LINE_END.indexOf(before) < 0;
  }
}
