package io.docklab.repl;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.docklab.repl.render.Wrap;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The lab's screen read from a real terminal at 80 and 160 columns, in English and Japanese, on a
 * test lesson that needs no Docker: docklab wraps every line it writes itself (no line wider than
 * the terminal but a command or a file's line), never splits a command written in a sentence, never
 * starts a line with closing punctuation or leaves a lone bit of Japanese on one, wraps the long
 * {@code :reset lesson} confirmation, and puts no stray space before の.
 */
class ScreenLayoutIT {
  private static final Path LESSONS = Path.of("src/test/resources/screen-layout").toAbsolutePath();
  private static final String LESSON = "docklab-it-screen-layout";
  private static final Duration BACK = Duration.ofSeconds(10);
  private static final String CLOSING = "。、，．）」』】〕〉》：；？！";
  private static final List<String> COMMANDS =
      List.of(
          "cat > requirements.txt <<'EOF'",
          "pip install --trusted-host pypi.python.org -r requirements.txt",
          "docker run -d -p 4000:80 --name web friendlyhello",
          "curl http://localhost:4000/");

  @TempDir Path home;

  @ParameterizedTest(name = "{0} columns, {1}")
  @CsvSource({"80, en", "160, en", "80, ja", "160, ja"})
  @Timeout(value = 3, unit = TimeUnit.MINUTES)
  void theScreenIsTidy(int width, String language) throws Exception {
    boolean japanese = language.equals("ja");
    String socket =
        "docklab-it-layout-" + width + "-" + language + "-" + ProcessHandle.current().pid();
    try (Tmux terminal = new Tmux(socket, List.of("DOCKLAB_HOME=" + home))) {
      terminal.start(width, "--lang", language, "--lessons", LESSONS.toString(), "start", LESSON);
      terminal.waitFor(prompt(1), Duration.ofSeconds(20));
      String screen = terminal.screen();
      assertTidy(screen, width);
      for (String command : COMMANDS) {
        assertTrue(
            screen.lines().anyMatch(line -> line.contains(command)),
            "split: " + command + "\n" + screen);
      }

      terminal.type(":reset lesson");
      terminal.waitFor("[y/N]", BACK);
      screen = terminal.screen();
      assertTidy(screen, width);
      assertTrue(
          screen
              .lines()
              .anyMatch(
                  line ->
                      line.contains(
                          "127.0.0.1:5000/learner/docklab-it-screen-layout-get-started:part2")),
          screen);
      terminal.type("n");
      terminal.waitFor(japanese ? "何も変更していません。" : "Nothing was changed.", BACK);
      terminal.waitFor(prompt(1), BACK);

      terminal.type(":run");
      terminal.waitFor(prompt(2), BACK);
      terminal.type(":quit");
      terminal.waitFor(Tmux.EXITED + "0", BACK);

      terminal.start(width, "--lang", language, "--lessons", LESSONS.toString(), "start", LESSON);
      terminal.waitFor(prompt(2), Duration.ofSeconds(20));
      screen = terminal.screen();
      assertTidy(screen, width);
      if (japanese) {
        assertTrue(screen.contains("「Dockerfile で作る」のステップ 2/2"), screen);
        assertFalse(screen.contains(" の"), screen);
      } else {
        assertTrue(screen.contains("Welcome back to Define a container with a Dockerfile"), screen);
      }
      terminal.type(":quit");
      terminal.waitFor(Tmux.EXITED + "0", BACK);
    }
  }

  private static String prompt(int step) {
    return "docklab[" + LESSON + " " + step + "/2]$";
  }

  /** Every line as the terminal shows it (lines the terminal had to wrap come back joined). */
  private static void assertTidy(String screen, int width) {
    for (String line : screen.split("\n")) {
      String at = width + " columns: \"" + line + "\" in\n" + screen;
      assertTrue(Wrap.columns(line) <= width || isCommand(line), "too wide: " + at);
      assertFalse(!line.isEmpty() && CLOSING.indexOf(line.charAt(0)) >= 0, "closing first: " + at);
      assertFalse(
          line.codePointCount(0, line.length()) <= 2
              && !line.isEmpty()
              && line.codePoints()
                  .allMatch(
                      c ->
                          Character.UnicodeScript.of(c) != Character.UnicodeScript.LATIN
                              && c > 0x3000),
          "lone Japanese: " + at);
    }
  }

  /** A command or a file's line, which docklab shows whole so that it can be copied. */
  private static boolean isCommand(String line) {
    String text = line.stripLeading();
    return line.startsWith("    ") || text.startsWith("$ ") || text.startsWith("│ ");
  }
}
