package io.docklab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The help out of process, in Japanese from --lang or from the locale, else in English. */
class HelpIT {
  private static final Map<String, String> JAPANESE_LOCALE =
      Map.of("LC_ALL", "", "LC_MESSAGES", "", "LANG", "ja_JP.UTF-8");

  @Test
  void japaneseFromTheLocale() throws Exception {
    Launcher.Run run = Launcher.run(JAPANESE_LOCALE, "--help");
    assertEquals(0, run.exitCode(), run.output());
    assertTrue(run.output().startsWith("使い方: docklab"), run.output());
    assertTrue(run.output().contains("コマンド:"), run.output());
  }

  @Test
  void japaneseFromLang() throws Exception {
    Launcher.Run run = Launcher.run(Map.of("LANG", "C.UTF-8"), "validate", "--lang", "ja", "-h");
    assertEquals(0, run.exitCode(), run.output());
    assertTrue(run.output().startsWith("使い方: docklab validate"), run.output());
    assertTrue(run.output().contains("レッスンファイルまたはディレクトリ"), run.output());
  }

  @Test
  void englishWhenAsked() throws Exception {
    Launcher.Run run = Launcher.run(JAPANESE_LOCALE, "--lang", "en", "start", "--help");
    assertEquals(0, run.exitCode(), run.output());
    assertTrue(run.output().startsWith("Usage: docklab start"), run.output());
    assertTrue(run.output().contains("The lesson's id (see docklab list)."), run.output());
  }
}
