package io.docklab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@code docklab start} and {@code docklab} alone, in-process: what needs no terminal. */
class StartCommandTest extends InProcessCommandTest {
  @Test
  void anUnknownLessonIsOneLineAndBadUsage() {
    assertEquals(ExitCode.USAGE, run("--lang", "en", "start", "no-such-lesson"));
    assertEquals(
        "docklab: there is no lesson 'no-such-lesson'; 'docklab list' shows the lessons there"
            + " are.\n",
        err.toString());
  }

  @Test
  void andInJapanese() {
    assertEquals(ExitCode.USAGE, run("--lang", "ja", "start", "no-such-lesson"));
    assertTrue(err.toString().contains("レッスン 'no-such-lesson' はありません"), err.toString());
  }

  @Test
  void anUnknownLessonAmongExtraLessonsIsTheSameLine() {
    assertEquals(
        ExitCode.USAGE, run("start", "--lessons", "src/test/resources", "no-such", "--lang=en"));
    assertEquals(
        "docklab: there is no lesson 'no-such'; 'docklab list' shows the lessons there are.\n",
        err.toString());
  }

  @Test
  void helpIsPicocliHelp() {
    assertEquals(ExitCode.OK, run("start", "--help"));
    assertTrue(out.toString().contains("Usage: docklab start"), out.toString());
  }

  @Test
  void startWithoutALessonIsBadUsage() {
    assertEquals(ExitCode.USAGE, run("start"));
  }

  @Test
  void docklabAloneWithoutATerminalPrintsTheCatalogue() {
    assertEquals(ExitCode.OK, run("--lang", "en"));
    assertTrue(out.toString().contains("image-by-hand"), out.toString());
    assertTrue(out.toString().contains("get-started-part2"), out.toString());
  }
}
