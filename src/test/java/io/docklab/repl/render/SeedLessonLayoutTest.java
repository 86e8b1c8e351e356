package io.docklab.repl.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.docklab.lesson.Lesson;
import io.docklab.lesson.Step;
import io.docklab.lesson.load.LessonLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.jline.utils.AttributedString;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every text of the seed lessons (intro and each step, English and Japanese) from 20 to 200
 * columns: no line is wider than the terminal except a code block's or one unbreakable token's, no
 * line starts with closing punctuation, inline code is never split at a width from 80 columns up,
 * and without colour there is not one escape.
 */
class SeedLessonLayoutTest {
  private static final List<String> LESSONS =
      List.of("lessons/get-started-part2.md", "lessons/image-by-hand.yaml");

  static Stream<Arguments> texts() {
    List<Arguments> texts = new ArrayList<>();
    for (String file : LESSONS) {
      Lesson lesson = LessonLoader.load(Path.of(file)).lesson().orElseThrow();
      for (String language : List.of("en", "ja")) {
        Locale locale = Locale.forLanguageTag(language);
        texts.add(Arguments.of(lesson.id() + " intro " + language, lesson.intro().in(locale)));
        for (Step step : lesson.steps()) {
          String name = lesson.id() + " " + step.id() + " " + language;
          texts.add(Arguments.of(name, step.text().in(locale)));
        }
      }
    }
    return texts.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("texts")
  void fitsEveryWidth(String name, String markdown) {
    assertFalse(markdown.isBlank(), name + " has no text");
    for (int width : new int[] {20, 40, 80, 100, 120, 160, 200}) {
      for (boolean colour : new boolean[] {false, true}) {
        for (String line : new MarkdownRenderer(width, colour).renderLines(markdown)) {
          AttributedString shown = AttributedString.fromAnsi(line);
          boolean code = shown.toString().startsWith("  │ ");
          assertTrue(
              code || shown.columnLength() <= width || isOneToken(shown.toString()),
              name + " at " + width + " is " + shown.columnLength() + " wide: " + shown);
          assertFalse(
              shown.toString().matches("^[。、）」』，．].*"),
              name + " at " + width + " starts with closing punctuation: " + shown);
        }
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("texts")
  void keepsInlineCodeOnOneLineFrom80Columns(String name, String markdown) {
    for (int width : new int[] {80, 100, 120, 160, 200}) {
      for (String line : new MarkdownRenderer(width, false).renderLines(markdown)) {
        if (!line.startsWith("  │ ")) {
          assertEquals(
              0,
              line.chars().filter(c -> c == '`').count() % 2,
              name + " at " + width + " splits inline code: " + line);
        }
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("texts")
  void hasNoEscapesWithoutColour(String name, String markdown) {
    for (int width : new int[] {20, 80}) {
      String rendered = new MarkdownRenderer(width, false).render(markdown);
      assertFalse(rendered.contains("\u001b"), name + ": " + rendered);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("texts")
  void losesNoWordsWhenWrapping(String name, String markdown) {
    String wide = words(new MarkdownRenderer(120, false).render(markdown));
    String narrow = words(new MarkdownRenderer(20, false).render(markdown));
    assertEquals(wide, narrow, name);
  }

  /** The text without layout: no spaces, quote bars, line continuations or line breaks. */
  private static String words(String rendered) {
    return rendered.replaceAll("(?m)^> ?", "").replaceAll("(?m) \\\\$", "").replaceAll("\\s+", "");
  }

  /** Whether {@code line}, after its list marker or quote bar, is one word (wider than a line). */
  private static boolean isOneToken(String line) {
    String text = line.replaceFirst("^[\\s•◦▪>]*(\\d+[.)] )?", "").replaceFirst(" \\\\$", "");
    return !text.contains(" ");
  }
}
