package io.docklab.importer.killercoda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
class StepTextConverterTest {
  private final ImportReport report = new ImportReport();

  private List<Piece> convert(String text) {
    return StepTextConverter.convert("step1.md", text, report);
  }

  @Test
  void execBlocksAreCommandsAndCopyBlocksAreText() {
    List<Piece> pieces =
        convert("Run:\n\n```\ndocker ps\ndocker images\n```{{exec}}\n\n```\nls\n```{{copy}}\n");
    assertEquals(new Piece.Prose("Run:\n"), pieces.get(0));
    assertEquals(new Piece.Command("docker ps", "step1.md:3", false, "docker ps"), pieces.get(1));
    assertEquals(
        new Piece.Command("docker images", "step1.md:3", false, "docker images"), pieces.get(2));
    assertEquals(new Piece.Prose("```\nls\n```\n"), pieces.get(3));
  }

  @Test
  void inlineExecFollowsItsParagraph() {
    List<Piece> pieces = convert("Type `docker ps`{{exec}} now.\nMore text.\n\nNext.\n");
    assertEquals(new Piece.Prose("Type `docker ps` now.\nMore text.\n"), pieces.get(0));
    assertEquals(new Piece.Command("docker ps", "step1.md:1", false, "docker ps"), pieces.get(1));
    assertEquals(new Piece.Prose("Next.\n"), pieces.get(2));
  }

  @Test
  void katacodasExecuteAndALanguageWithLineHighlightsAreRead() {
    List<Piece> pieces =
        convert(
            "```\ndocker ps\n```{{execute}}\n\n`docker images`{{execute T2}}\n\n"
                + "```yaml{2,5}\na: b\n```\n");
    assertEquals(new Piece.Command("docker ps", "step1.md:1", false, "docker ps"), pieces.get(0));
    assertEquals(
        new Piece.Command("docker images", "step1.md:5", false, "docker images"), pieces.get(2));
    assertEquals(new Piece.Prose("```yaml\na: b\n```\n"), pieces.get(3));
  }

  @Test
  void interruptMarksTheCommandItFollows() {
    List<Piece> pieces =
        convert("```\ndocker logs -f a\n```{{exec}}\n```\nls\n```{{exec interrupt}}\n");
    assertTrue(((Piece.Command) pieces.get(1)).interrupt());
  }

  @Test
  void detailsBecomeHintsSolutionsOrText() {
    List<Piece> pieces =
        convert(
            "<details><summary>Hint</summary>\nUse echo.\n</details>\n\n"
                + "<details>\n<summary>Solution</summary>\n\n```\necho x > /root/f\n```\n</details>\n\n"
                + "<details><summary>More</summary>\nBackground.\n</details>\n");
    assertEquals(new Piece.Hint("Use echo.\n"), pieces.get(0));
    assertEquals(
        new Piece.Solution(List.of("echo x > f"), "step1.md:5", List.of("echo x > /root/f")),
        pieces.get(1));
    assertTrue(pieces.get(2) instanceof Piece.Hint);
    assertEquals(new Piece.Prose("**More**\n\nBackground.\n"), pieces.get(3));
  }

  @Test
  void htmlInsideACodeSpanIsTheAuthorsTextAndStays() {
    List<Piece> pieces = convert("Write `\"<b>hi</b> <br>\"` into <b>page.html</b>.<br>\n");
    assertEquals(
        new Piece.Prose("Write `\"<b>hi</b> <br>\"` into **page.html**.\n"), pieces.get(0));
  }

  @Test
  void htmlATerminalCannotShowBecomesTextAndANote() {
    List<Piece> pieces =
        convert(
            "A <b>bold</b> word.<br>\n<img src=\"x.png\" alt=\"diagram\">\n<marquee>x</marquee>\n");
    String text = ((Piece.Prose) pieces.get(0)).markdown();
    assertEquals("A **bold** word.\n(image: diagram)\nx\n", text);
    assertFalse(text.contains("<"));
    assertEquals(2, report.notes(ImportReport.Kind.NOT_MAPPED).size(), report.notes().toString());
  }

  @Test
  void killercodasPlaceholdersNeverReachTheLesson() {
    String text =
        ((Piece.Prose)
                convert("Open {{TRAFFIC_HOST1_8080}} and {{TRAFFIC_SELECTOR}}, {{X}}.\n").get(0))
            .markdown();
    assertEquals("Open http://127.0.0.1:8080 and http://127.0.0.1, X.\n", text);
  }

  @Test
  void headingsNeverStartAStep() {
    assertEquals(new Piece.Prose("### Title\n\n### Sub\n"), convert("# Title\n\n## Sub\n").get(0));
  }
}
