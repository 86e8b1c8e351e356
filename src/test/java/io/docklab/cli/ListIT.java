package io.docklab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The catalogue out of process, in the language of the locale, whether or not it is installed. */
class ListIT {
  @Test
  void showsTheLessonsInJapaneseFromTheLocale() throws Exception {
    Launcher.Run run =
        Launcher.run(Map.of("LC_ALL", "", "LC_MESSAGES", "", "LANG", "ja_JP.UTF-8"), "list");
    assertEquals(0, run.exitCode(), run.output());
    assertTrue(run.output().contains("get-started-part2  はじめよう 2 部: コンテナー"), run.output());
    assertTrue(run.output().contains("image-by-hand "), run.output());
  }

  @Test
  void showsTheLessonsInEnglishWhenAsked() throws Exception {
    Launcher.Run run = Launcher.run(Map.of("LANG", "ja_JP.UTF-8"), "--lang", "en");
    assertEquals(0, run.exitCode(), run.output());
    assertTrue(
        run.output().contains("get-started-part2  Get Started, part 2: containers"), run.output());
  }
}
