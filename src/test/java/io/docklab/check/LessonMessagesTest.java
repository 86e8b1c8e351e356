package io.docklab.check;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.docklab.exec.Variables;
import io.docklab.exec.Workspace;
import io.docklab.lesson.Lesson;
import io.docklab.lesson.Step;
import io.docklab.lesson.catalog.LessonCatalog;
import io.docklab.lesson.check.CheckSpec;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A lesson's own words for a failed check show the values in force, in both languages. */
class LessonMessagesTest {
  static final Map<String, String> CHOSEN =
      Map.of("registry", "10.0.0.7:5443", "account", "kim", "password", "pw-not-shown");

  @Test
  void everyCheckMessageOfTheBundledLessonsShowsTheValues() {
    int messages = 0;
    for (Lesson lesson : LessonCatalog.load(List.of()).lessons()) {
      Variables variables = Variables.of(lesson, CHOSEN);
      for (Locale locale : List.of(Locale.ENGLISH, Locale.JAPANESE)) {
        CheckContext context =
            new CheckContext(null, Workspace.at(Path.of("/ws")), variables, () -> "", locale);
        for (Step step : lesson.steps()) {
          for (CheckSpec spec : step.checks()) {
            String shown = Verdict.failWith(spec, context, "sentence").lessonMessage();
            assertFalse(shown.contains("{{"), lesson.id() + "/" + step.id() + ": " + shown);
            assertFalse(shown.contains("pw-not-shown"), shown);
            messages += shown.contains("10.0.0.7:5443") || shown.contains("kim/") ? 1 : 0;
          }
        }
      }
    }
    assertTrue(messages >= 4, "messages with values: " + messages);
  }
}
