package io.docklab.repl;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.docklab.exec.Variables;
import io.docklab.i18n.Messages;
import io.docklab.lesson.Lesson;
import io.docklab.lesson.Placeholders;
import io.docklab.lesson.Step;
import io.docklab.lesson.Text;
import io.docklab.lesson.Variable;
import io.docklab.lesson.catalog.LessonCatalog;
import io.docklab.repl.render.Style;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Walks both bundled lessons with values that are not the defaults: no text the lab shows (steps,
 * their files and commands, hints, the {@code :reset lesson} plan) has a {@code {{placeholder}}},
 * read by the one placeholder grammar ({@link Placeholders}): Go templates are left as written.
 */
class NoPlaceholderOnScreenTest {
  private static final Map<String, String> CHOSEN =
      Map.of("registry", "10.0.0.7:5443", "account", "kim", "password", "pw");

  @AfterEach
  void english() {
    Messages.use(Locale.ENGLISH);
  }

  @Test
  void everyStepHintAndResetPlanShowsTheValuesInForce() {
    int withValues = 0;
    for (Lesson lesson : LessonCatalog.load(List.of()).lessons()) {
      Variables variables = Variables.of(lesson, CHOSEN);
      for (Locale locale : List.of(Locale.ENGLISH, Locale.JAPANESE)) {
        Messages.use(locale);
        StepView view = new StepView(new Style(false), 80, locale);
        for (int i = 0; i < lesson.steps().size(); i++) {
          Step step = lesson.steps().get(i);
          String shown = view.render(lesson, i, Set.of(), variables, "/ws");
          assertNoPlaceholder(lesson, step, shown);
          withValues += shown.contains("10.0.0.7:5443/kim/") ? 1 : 0;
          for (Text hint : step.hints()) {
            assertNoPlaceholder(lesson, step, variables.text(hint.in(locale)));
          }
        }
        String plan = String.join(", ", LessonReset.plan(lesson, variables));
        assertFalse(hasPlaceholder(lesson, plan), plan);
      }
    }
    assertTrue(withValues >= 4, "steps showing the chosen values: " + withValues);
  }

  @Test
  void goTemplatesLeftAsWrittenAreNoPlaceholders() {
    Lesson lesson = LessonCatalog.load(List.of()).lessons().get(0);
    assertFalse(hasPlaceholder(lesson, "docker inspect -f '{{json .Config.Cmd}}' x"));
    assertFalse(hasPlaceholder(lesson, "{{range .Mounts}}{{.Source}}{{ end }}{{- end}}"));
    assertTrue(hasPlaceholder(lesson, "docker push {{registry}}/x"));
    assertTrue(hasPlaceholder(lesson, "docker push {{ not_declared }}/x"));
  }

  private static void assertNoPlaceholder(Lesson lesson, Step step, String text) {
    assertFalse(hasPlaceholder(lesson, text), lesson.id() + "/" + step.id() + ":\n" + text);
  }

  /**
   * Whether {@code text} has a {@code {{name}}} placeholder as the one grammar reads it (a declared
   * variable, or an undeclared name): a Go template left as written is none.
   */
  private static boolean hasPlaceholder(Lesson lesson, String text) {
    List<String> declared = lesson.variables().stream().map(Variable::name).toList();
    return !Placeholders.in(text, declared).isEmpty();
  }
}
