package io.docklab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@code docklab validate} and {@code docklab list}, run in-process with captured output. */
class LessonCommandsTest extends InProcessCommandTest {
  @Test
  void validateIsCleanOnTheBundledLessons() {
    assertEquals(ExitCode.OK, run("--lang", "en", "validate", "lessons/"));
    assertEquals("", out.toString());
    assertEquals("8 lesson file(s) checked: no errors.\n", err.toString());
  }

  @Test
  void validatePrintsOneErrorPerLineAndFails() {
    int status =
        run(
            "--lang",
            "en",
            "validate",
            "src/test/resources/broken/duplicate-step-id.yaml",
            "src/test/resources/broken/unknown-role.md");
    assertEquals(ExitCode.FAILED, status);
    assertEquals(
        "src/test/resources/broken/duplicate-step-id.yaml:12:9: duplicate step id 'build';"
            + " it is already used at line 7\n"
            + "src/test/resources/broken/unknown-role.md:11:9: unknown block role 'chek';"
            + " expected one of: command, file, input, ready, check, hint"
            + " (a plain block gives only its language)\n",
        out.toString());
    assertEquals("2 lesson file(s) checked: 2 error(s).\n", err.toString());
  }

  @Test
  void listShowsTheCatalogueInJapanese() {
    assertEquals(ExitCode.OK, run("list", "--lang", "ja"));
    String listing = out.toString();
    assertTrue(listing.startsWith("image-by-hand      コンテナーイメージを手作業と Dockerfile で作る"), listing);
    assertTrue(listing.contains("get-started-part2  はじめよう 2 部: コンテナー (13 ステップ、約 45 分)\n"), listing);
  }

  @Test
  void listShowsTheCatalogueInEnglishAndDocklabAloneDoesTheSame() {
    assertEquals(ExitCode.OK, run("--lang", "en", "list"));
    String listing = out.toString();
    assertTrue(
        listing.startsWith("image-by-hand      Container images by hand and with a Dockerfile"),
        listing);
    assertTrue(
        listing.contains(
            "get-started-part2  Get Started, part 2: containers (13 steps, about 45 min)\n"),
        listing);
    out.getBuffer().setLength(0);
    assertEquals(ExitCode.OK, run("--lang", "en"));
    assertEquals(listing, out.toString());
  }

  @Test
  void listTakesLessonDirectoriesAndReportsTheMissingOnes() {
    assertEquals(ExitCode.OK, run("--lang", "en", "list", "--lessons", "no/such/dir"));
    assertEquals(
        "docklab: skipped a lesson that does not load: no/such/dir: no such directory\n",
        err.toString());
  }
}
