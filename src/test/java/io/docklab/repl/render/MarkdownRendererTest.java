package io.docklab.repl.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Each Markdown construct laid out, in English and Japanese, with and without colour. */
class MarkdownRendererTest {
  private static final String ESC = "\u001b[";

  private static String plain(int width, String markdown) {
    return new MarkdownRenderer(width, false).render(markdown);
  }

  private static String colour(int width, String markdown) {
    return new MarkdownRenderer(width, true).render(markdown);
  }

  @Test
  void wrapsEnglishAtSpacesWithoutSplittingWords() {
    assertEquals(
        "Start a container\nfrom the python\nimage with bash.",
        plain(20, "Start a container from the python image with bash."));
  }

  @Test
  void joinsSoftBreaksBetweenLatinWordsWithASpace() {
    assertEquals("one two three", plain(80, "one two\nthree"));
  }

  @Test
  void joinsSoftBreaksBetweenJapaneseCharactersWithoutASpace() {
    assertEquals(
        "イメージとして手に入り、アプリ、依存関係、ランタイムがいっしょに運ばれます。",
        plain(80, "イメージとして手に入り、アプリ、依存関係、\nランタイムがいっしょに\n運ばれます。"));
  }

  @Test
  void keepsTheSpaceOfASoftBreakBetweenJapaneseAndLatin() {
    assertEquals("ランタイム Python を", plain(80, "ランタイム\nPython を"));
    assertEquals("使う `python:3.11-slim` を", plain(80, "使う\n`python:3.11-slim` を"));
  }

  @Test
  void wrapsJapaneseBetweenAnyTwoCharactersCountingTwoColumnsEach() {
    assertEquals("あいうえおかきくけこ\nさしすせそ", plain(20, "あいうえおかきくけこさしすせそ"));
  }

  @Test
  void neverStartsALineWithClosingPunctuation() {
    // 。 would be the 11th character, at column 21: け moves down with こ, the line ends early.
    assertEquals("あいうえおかきくけ\nこ。さしすせそ", plain(20, "あいうえおかきくけこ。さしすせそ"));
    assertEquals("あいうえおかきくけ\nこ」と", plain(20, "あいうえおかきくけこ」と"));
    assertEquals("あいうえおかきくけ\nこ）と", plain(20, "あいうえおかきくけこ）と"));
  }

  @Test
  void neverEndsALineWithOpeningPunctuation() {
    assertEquals("あいうえおかきくけ\n「こ」", plain(20, "あいうえおかきくけ「こ」"));
  }

  @Test
  void neverSplitsALatinWordInsideJapaneseText() {
    assertEquals("あいうえおかきくけ\nDockerの", plain(20, "あいうえおかきくけDockerの"));
  }

  @Test
  void cutsAWordWiderThanTheLineOnlyThen() {
    assertEquals(
        "see\nhttps://example.com/\na/very/long/path",
        plain(20, "see https://example.com/a/very/long/path"));
  }

  @Test
  void treatsWidthsBelowTwentyAsTwenty() {
    assertEquals(plain(20, "word ".repeat(12)), plain(5, "word ".repeat(12)));
  }

  @Test
  void headingsAreUnderlinedWithARule() {
    assertEquals("Title\n═════\n\nBody", plain(40, "# Title\n\nBody"));
    assertEquals("見出し\n──────\n\n本文", plain(40, "## 見出し\n\n本文"));
    assertEquals("Minor\n\nBody", plain(40, "### Minor\n\nBody"));
  }

  @Test
  void headingsAreBoldWithColour() {
    assertEquals("\u001b[1mTitle\u001b[0m\n\u001b[2m═════\u001b[0m", colour(40, "# Title"));
  }

  @Test
  void emphasisIsItalicAndStrongIsBold() {
    assertEquals("a \u001b[3mb\u001b[0m \u001b[1mc\u001b[0m", colour(40, "a *b* **c**"));
    assertEquals("a b c", plain(40, "a *b* **c**"));
    assertEquals("\u001b[1mコンテナー\u001b[0m (この", colour(40, "**コンテナー** (この"));
  }

  @Test
  void inlineCodeHasItsOwnColourOrBackquotes() {
    assertEquals("run \u001b[36mdocker ps\u001b[0m now", colour(40, "run `docker ps` now"));
    assertEquals("run `docker ps` now", plain(40, "run `docker ps` now"));
    assertEquals("`-t` は疑似ターミナル", plain(40, "`-t` は疑似ターミナル"));
  }

  @Test
  void codeBlocksSitBehindABarAndAreNeverWrapped() {
    String longLine = "RUN pip install --trusted-host pypi.python.org -r requirements.txt";
    assertEquals(
        "Write:\n\n  │ FROM python:3.11-slim\n  │\n  │ " + longLine + "\n\nDone.",
        plain(
            20,
            "Write:\n\n```dockerfile\nFROM python:3.11-slim\n\n" + longLine + "\n```\n\nDone."));
    assertEquals("  │ ls -l\n  │ exit", plain(40, "    ls -l\n    exit"));
    assertEquals("  │ a   b", plain(40, "```\na\tb\n```"));
  }

  @Test
  void codeBlocksKeepJapaneseAsItIs() {
    assertEquals("  │ echo こんにちは", plain(20, "```\necho こんにちは\n```"));
  }

  @Test
  void bulletListsHangUnderTheirMarker() {
    assertEquals(
        "• FROM names the\n  base image;\n• CMD says what\n  runs.",
        plain(20, "- FROM names the base image;\n- CMD says what runs."));
  }

  @Test
  void numberedListsAlignTheirText() {
    String items =
        "1. one\n2. two\n3. three\n4. four\n5. five\n6. six\n7. seven\n8. eight\n9. nine\n10. ten";
    String rendered = plain(40, items);
    assertTrue(rendered.startsWith(" 1. one\n 2. two\n"), rendered);
    assertTrue(rendered.endsWith(" 9. nine\n10. ten"), rendered);
    assertEquals("7. あいうえおかきく\n   けこさしす", plain(20, "7. あいうえおかきくけこさしす"));
  }

  @Test
  void nestedAndLooseLists() {
    assertEquals("• outer\n  ◦ inner\n• next", plain(40, "- outer\n  - inner\n- next"));
    assertEquals("• one\n\n• two", plain(40, "- one\n\n- two"));
    assertEquals(
        "1. 手順の説明\n\n     │ docker ps\n\n2. 次へ",
        plain(40, "1. 手順の説明\n\n   ```\n   docker ps\n   ```\n\n2. 次へ"));
  }

  @Test
  void blockQuotesKeepTheirBarOnEveryLine() {
    assertEquals(
        "> Python 2.7 reached\n> its end of life.\n>\n> 注意してください。",
        plain(20, "> Python 2.7 reached its end of life.\n>\n> 注意してください。"));
  }

  @Test
  void linksShowTheirAddressUnlessTheTextIsTheAddress() {
    assertEquals(
        "see the guide (https://docs.docker.com/get-started/)",
        plain(80, "see [the guide](https://docs.docker.com/get-started/)"));
    assertEquals("at http://localhost:4000", plain(80, "at <http://localhost:4000>"));
    assertEquals("at localhost:4000", plain(80, "at [localhost:4000](http://localhost:4000)"));
    assertEquals(
        "\u001b[4mガイド\u001b[0m\u001b[2m (https://docs.docker.com/)\u001b[0m",
        colour(80, "[ガイド](https://docs.docker.com/)"));
  }

  @Test
  void thematicBreaksFillTheLine() {
    assertEquals("above\n\n" + "─".repeat(20) + "\n\nbelow", plain(20, "above\n\n---\n\nbelow"));
  }

  @Test
  void hardBreaksEndTheLine() {
    assertEquals("one\ntwo", plain(40, "one\\\ntwo"));
  }

  @Test
  void htmlCommentsAreNotShown() {
    assertEquals("text", plain(40, "<!-- note -->\n\ntext"));
  }

  @Test
  void plainOutputHasNoEscapes() {
    String everything =
        "# T\n\n*a* **b** `c` [d](http://e)\n\n- f\n\n> g\n\n```\nh\n```\n\n---\n\n1. i";
    assertFalse(plain(40, everything).contains(ESC));
    assertTrue(colour(40, everything).contains(ESC));
  }
}
