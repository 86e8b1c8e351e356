package io.docklab.repl.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.docklab.util.AnsiText;
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
  void styledLinesWrapWithEachLineStyledAndShortLinesAreLeftAlone() {
    assertEquals(
        "\u001B[1mbold text that is\u001B[0m\n\u001B[1mlong\u001B[0m",
        Wrap.lines("\u001B[1mbold text that is long\u001B[0m", 20));
    assertEquals("short", Wrap.lines("short", 80));
    String styledShort = "\u001B[1;32mshort\u001B[0m";
    assertEquals(styledShort, Wrap.lines(styledShort, 80));
  }

  @Test
  void aCommandInASentenceMovesWholeToTheNextLine() {
    String sentence =
        "Create the file requirements.txt by typing "
            + new Style(false).command("cat > requirements.txt <<'EOF'")
            + ", the lines and EOF at the prompt.";
    for (int width = 40; width <= 120; width++) {
      String wrapped = Wrap.lines(sentence, width);
      assertTrue(
          wrapped.lines().anyMatch(line -> line.contains("`cat > requirements.txt <<'EOF'`")),
          width + ":\n" + wrapped);
      wrapped.lines().forEach(line -> assertTrue(Wrap.columns(line) <= 120));
    }
  }

  @Test
  void aCommandInTheCodeStyleStaysWholeToo() {
    String sentence =
        "by typing " + new Style(true).command("cat > requirements.txt <<'EOF'") + ", the lines";
    String wrapped = Wrap.lines(sentence, 34);
    assertTrue(
        AnsiText.strip(wrapped)
            .lines()
            .anyMatch(line -> line.equals("cat > requirements.txt <<'EOF',")),
        wrapped);
  }

  @Test
  void aCommandWiderThanTheLineBreaksAtItsSpacesWithAContinuation() {
    String wrapped = Wrap.lines("Run `docker run --name python-demo -ti python bash` now.", 24);
    assertEquals("Run\n`docker run --name \\\npython-demo -ti python \\\nbash` now.", wrapped);
  }

  @Test
  void aTokenWiderThanTheLineInACommandOverflowsWhole() {
    String wrapped = Wrap.lines("See `127.0.0.1:5000/learner/get-started:part2` here", 20);
    assertEquals("See\n`127.0.0.1:5000/learner/get-started:part2`\nhere", wrapped);
  }

  @Test
  void aLongAddressInPlainTextIsBrokenToFit() {
    String wrapped =
        Wrap.lines("レッスンが作ったもの (イメージ 127.0.0.1:5000/learner/get-started:part2) をすべて削除します。", 30);
    for (String line : wrapped.split("\n")) {
      assertTrue(Wrap.columns(line) <= 30, wrapped);
    }
  }

  @Test
  void aParagraphNeverEndsInALoneBitOfJapanese() {
    for (int width = 20; width <= 60; width++) {
      String wrapped = Wrap.lines("おかえりなさい。「Dockerfile で作る」のステップ 3/13 から続けます。", width);
      String[] lines = wrapped.split("\n");
      String last = lines[lines.length - 1];
      assertTrue(last.codePointCount(0, last.length()) > 2, width + ":\n" + wrapped);
      for (String line : lines) {
        assertTrue(Wrap.columns(line) <= width, width + ":\n" + wrapped);
        assertFalse(line.matches("^[。、」』）].*"), width + ":\n" + wrapped);
      }
    }
  }

  @Test
  void aQuestionKeepsTheSpaceAfterIt() {
    assertEquals(
        "Start get-started over? It\nremoves (image x). [y/N] ",
        Wrap.lines("Start get-started over? It removes (image x). [y/N] ", 26));
  }

  @Test
  void aLineNeverEndsInALoneJapaneseWord() {
    String keys = ":hint ヒント · :run 代わりに実行 · :check 足りないものを確認 · :help コマンド一覧";
    for (int width = 20; width <= 80; width++) {
      String wrapped = Wrap.lines(new Style(true).dim(keys), width);
      for (String line : AnsiText.strip(wrapped).split("\n")) {
        assertTrue(line.codePointCount(0, line.length()) > 2, width + ":\n" + wrapped);
      }
    }
  }

  @Test
  void aSpaceAtTheBreakStaysWhenALoneBitMovesDown() {
    assertEquals("ああああ いいいい\nい うう", Wrap.lines("ああああ いいいいい うう", 20));
  }

  @Test
  void codeBlockLinesStayWhole() {
    String code = "  │ RUN pip install --trusted-host pypi.python.org -r requirements.txt";
    assertEquals(code, Wrap.lines(code, 30));
  }
}
