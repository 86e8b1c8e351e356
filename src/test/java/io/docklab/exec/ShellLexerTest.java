package io.docklab.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.docklab.exec.ShellLexer.Place;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Where a position stands, and what is left open at the end: the one lexer of shell text. */
@Timeout(10)
class ShellLexerTest {
  /** The place of the position marked {@code @} in {@code marked} (the mark itself removed). */
  private static Place placeAt(String marked) {
    int mark = marked.indexOf('@');
    ShellLexer lexer = new ShellLexer(marked.substring(0, mark) + marked.substring(mark + 1));
    lexer.readTo(mark);
    return lexer.place();
  }

  @Test
  void followsQuotesAndSubstitutions() {
    assertEquals(Place.CODE, placeAt("echo @"));
    assertEquals(Place.SINGLE_QUOTED, placeAt("echo 'a @"));
    assertEquals(Place.DOUBLE_QUOTED, placeAt("echo \"a @"));
    assertEquals(Place.ANSI_C_QUOTED, placeAt("echo $'a\\' @"));
    assertEquals(Place.CODE, placeAt("echo \"$(echo @"));
    assertEquals(Place.DOUBLE_QUOTED, placeAt("echo \"$(echo \"@"));
    assertEquals(Place.CODE, placeAt("echo `echo @"));
    assertEquals(Place.CODE, placeAt("echo 'it''s' @"));
    assertEquals(Place.CODE, placeAt("# it's\necho @"));
    assertEquals(Place.DOUBLE_QUOTED, placeAt("echo a#\"@"));
  }

  @Test
  void followsHereDocumentBodies() {
    assertEquals(Place.HERE_DOCUMENT, placeAt("cat <<EOF\n@\nEOF"));
    assertEquals(Place.LITERAL_HERE_DOCUMENT, placeAt("cat <<'EOF'\n@\nEOF"));
    assertEquals(Place.LITERAL_HERE_DOCUMENT, placeAt("cat <<\"EOF\"\n@\nEOF"));
    assertEquals(Place.HERE_DOCUMENT, placeAt("cat <<-EOF\n\t@\n\tEOF"));
    assertEquals(Place.CODE, placeAt("cat <<EOF\nx\nEOF\necho @"));
    assertEquals(Place.LITERAL_HERE_DOCUMENT, placeAt("cat <<A <<'B'\na\nA\n@\nB"));
    assertEquals(Place.CODE, placeAt("cat <<<word\n@"));
    assertEquals(Place.CODE, placeAt("echo $((1<<2))\n@"));
    assertEquals(Place.HERE_DOCUMENT, placeAt("cat <<EOF\na \\\nEOF\n@\nEOF"));
  }

  @Test
  void tellsWhatIsLeftOpenAtTheEnd() {
    assertFalse(new ShellLexer("echo 'a' \"b\" $(c) ${d} `e` $'f'").readAll().unfinished());
    for (String open :
        new String[] {
          "echo 'a",
          "echo \"a",
          "echo $(a",
          "echo ${a",
          "echo `a",
          "echo $'a",
          "cat <<EOF",
          "cat <<EOF\nx",
          "cat <<'EOF'\nEOF'",
          "cat <<-EOF\n  EOF",
          "cat <<A <<B\nB\nA",
          "cat <<EOF\na \\\nEOF"
        }) {
      assertTrue(new ShellLexer(open).readAll().unfinished(), open);
    }
    assertFalse(new ShellLexer("cat <<-EOF\n\tx\n\t\tEOF").readAll().unfinished());
    assertFalse(new ShellLexer("cat <<<EOF").readAll().unfinished());
  }

  @Test
  void aTrailingBackslashContinuesOutsideCommentsQuotesAndBodies() {
    assertTrue(new ShellLexer("echo a \\").readAll().continued());
    assertTrue(new ShellLexer("echo \"a \\").readAll().continued());
    assertFalse(new ShellLexer("echo a \\\\").readAll().continued());
    assertFalse(new ShellLexer("echo a # \\").readAll().continued());
    assertFalse(new ShellLexer("echo 'a \\").readAll().continued());
    assertFalse(new ShellLexer("cat <<EOF\na \\").readAll().continued());
  }
}
