package io.docklab.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.docklab.exec.Variables;
import io.docklab.i18n.Messages;
import io.docklab.lesson.Lesson;
import io.docklab.lesson.catalog.LessonCatalog;
import io.docklab.repl.render.Style;
import io.docklab.repl.render.Wrap;
import io.docklab.util.AnsiText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every step of both bundled lessons as the lab shows it (header, text, the file sentence, the
 * commands), in English and Japanese, at 80 to 200 columns: no inline code or command is split
 * across lines, no line is wider than the terminal except a command, a file's line or one
 * unbreakable token, no line starts with closing punctuation and none is a lone bit of Japanese.
 */
class StepScreenLayoutTest {
  private static final int[] WIDTHS = {80, 100, 120, 160, 200};
  private static final String CLOSING = "。、，．）」』】〕〉》：；？！";

  @AfterEach
  void english() {
    Messages.use(Locale.ENGLISH);
  }

  static Stream<Arguments> steps() {
    List<Arguments> steps = new ArrayList<>();
    for (String id : List.of("get-started-part2", "image-by-hand")) {
      Lesson lesson = LessonCatalog.load(List.of()).lesson(id).orElseThrow();
      for (Locale locale : List.of(Locale.ENGLISH, Locale.JAPANESE)) {
        for (int i = 0; i < lesson.steps().size(); i++) {
          steps.add(Arguments.of(id + " " + (i + 1) + " " + locale, lesson, i, locale));
        }
      }
    }
    return steps.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("steps")
  void eachStepIsTidyAtEveryWidth(String name, Lesson lesson, int index, Locale locale) {
    Messages.use(locale);
    for (int width : WIDTHS) {
      for (boolean colour : new boolean[] {false, true}) {
        String shown =
            Wrap.lines(
                new StepView(new Style(colour), width, locale)
                    .render(lesson, index, Set.of(), Variables.defaults(lesson), "/tmp/ws"),
                width);
        for (String line : AnsiText.strip(shown).split("\n")) {
          String at = name + " at " + width + (colour ? " in colour" : "") + ": " + line;
          if (!colour && !isCommand(line)) {
            assertEquals(0, line.chars().filter(c -> c == '`').count() % 2, "code split: " + at);
          }
          assertTrue(
              Wrap.columns(line) <= width || isCommand(line) || isOneToken(line),
              "too wide: " + at);
          assertFalse(
              !line.isEmpty() && CLOSING.indexOf(line.charAt(0)) >= 0, "closing first: " + at);
          assertFalse(line.matches("\\p{IsHan}?\\p{IsHiragana}?[。、]?") && !line.isEmpty(), at);
        }
      }
    }
  }

  /** A line that is a command, a file's line or a code block's line: kept whole by design. */
  private static boolean isCommand(String line) {
    String text = line.stripLeading();
    return line.startsWith("    ") || text.startsWith("$ ") || text.startsWith("│ ");
  }

  private static boolean isOneToken(String line) {
    return !line.replaceFirst("^[\\s•◦▪>]*(\\d+[.)] )?", "").contains(" ");
  }
}
