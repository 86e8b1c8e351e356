package io.docklab.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WrapTest {
  @Test
  void englishBreaksAtSpaces() {
    assertEquals(
        "Your commands run in\nthe workspace.",
        Wrap.lines("Your commands run in the workspace.", 22));
  }

  @Test
  void japaneseCountsTwoColumnsACharacterAndBreaksBetweenCharacters() {
    String wrapped = Wrap.lines("作業ディレクトリ: /tmp/dl/workspaces/image-by-hand で実行します。", 30);
    for (String line : wrapped.split("\n")) {
      assertTrue(Wrap.columns(line) <= 30, line + " is " + Wrap.columns(line) + " columns");
    }
    assertEquals(
        "作業ディレクトリ:/tmp/dl/workspaces/image-by-handで実行します。",
        wrapped.replace("\n", "").replace(" ", ""));
  }

  @Test
  void noLineStartsWithClosingPunctuation() {
    String wrapped = Wrap.lines("あいうえおかきくけこさしすせそたちつてと。なにぬねの", 40);
    for (String line : wrapped.split("\n")) {
      assertTrue(!line.startsWith("。"), wrapped);
      assertTrue(Wrap.columns(line) <= 40, wrapped);
    }
  }

  @Test
  void aBrokenLineKeepsItsIndentationAndLineBreaksStay() {
    assertEquals(
        "  :check  check the\n  step now\nnext line",
        Wrap.lines("  :check  check the step now\nnext line", 20));
  }

  @Test
  void commandsAndFileContentsStayWhole() {
    String command = "  \u001B[36m$ docker run --name python-demo -ti python bash\u001B[0m";
    assertEquals(command, Wrap.lines(command, 30));
    String content = "    RUN echo 'print(\"Hello World!\")' > hello.py";
    assertEquals(content, Wrap.lines(content, 30));
  }

  @Test
  void styledLinesAndShortLinesAreLeftAlone() {
    assertEquals(
        "\u001B[1mbold text that is\nlong\u001B[0m",
        Wrap.lines("\u001B[1mbold text that is long\u001B[0m", 20));
    assertEquals("short", Wrap.lines("short", 80));
  }
}
