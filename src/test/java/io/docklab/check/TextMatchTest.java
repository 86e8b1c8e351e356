package io.docklab.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.docklab.exec.Variables;
import io.docklab.i18n.Messages;
import io.docklab.lesson.check.Matcher;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TextMatchTest {
  private Locale before;

  @BeforeEach
  void english() {
    before = Messages.locale();
    Messages.use(Locale.ENGLISH);
  }

  @AfterEach
  void restore() {
    Messages.use(before);
  }

  @Test
  void matchersReadAsVerbPhrases() {
    assertEquals("contain 'Hello World!'", TextMatch.describe(Matcher.contains("Hello World!")));
    assertEquals("match /^a+$/", TextMatch.describe(Matcher.matches("^a+$")));
    assertEquals("not contain 'x'", TextMatch.describe(Matcher.not(Matcher.contains("x"))));
    assertEquals("not match /y/", TextMatch.describe(Matcher.not(Matcher.matches("y"))));
    assertEquals(
        "contain 'x'", TextMatch.describe(Matcher.not(Matcher.not(Matcher.contains("x")))));
  }

  @Test
  void matchersReadInJapanese() {
    Messages.use(Locale.JAPANESE);
    assertEquals("'x' を含まない", TextMatch.describe(Matcher.not(Matcher.contains("x"))));
  }

  @Test
  void theExcerptShowsTheEndOfLogsAndTheStartOfABody() {
    String text = "first line\n" + "x".repeat(100) + "\nlast line";
    assertEquals( // The last 60 characters.
        "'…" + "x".repeat(48) + " ⏎ last line'",
        TextMatch.found(text, Matcher.contains("nope"), true));
    assertEquals(
        "'first line ⏎ " + "x".repeat(47) + "…'",
        TextMatch.found(text, Matcher.contains("nope"), false));
    assertEquals("nothing", TextMatch.found("  \n", Matcher.contains("nope"), true));
  }

  @Test
  void anUnwantedMatchIsShownWhereItIs() {
    String text = "a".repeat(200) + " ERROR: boom " + "b".repeat(200);
    String found = TextMatch.found(text, Matcher.not(Matcher.contains("ERROR")), false);
    assertEquals(true, found.contains("ERROR: boom"), found);
  }

  @Test
  void variablesAreSubstitutedInEveryMatcher() {
    Variables variables = new Variables(Map.of("name", "demo"));
    assertEquals(
        Matcher.not(Matcher.matches("^demo$")),
        TextMatch.substituted(Matcher.not(Matcher.matches("^{{name}}$")), variables));
    assertEquals(
        Matcher.contains("hi demo"),
        TextMatch.substituted(Matcher.contains("hi {{name}}"), variables));
  }
}
