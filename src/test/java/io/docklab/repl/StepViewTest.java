package io.docklab.repl;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.docklab.exec.Variables;
import io.docklab.i18n.Messages;
import io.docklab.lesson.Lesson;
import io.docklab.lesson.catalog.LessonCatalog;
import io.docklab.repl.render.Style;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class StepViewTest {
  private final Lesson lesson = LessonCatalog.load(List.of()).lesson("image-by-hand").orElseThrow();

  @AfterEach
  void english() {
    Messages.use(Locale.ENGLISH);
  }

  @Test
  void theHeaderNumbersTheStepAndMarksItDone() {
    Messages.use(Locale.ENGLISH);
    StepView view = new StepView(new Style(false), 80, Locale.ENGLISH);
    String header = view.header(lesson, 2, Set.of(), Variables.defaults(lesson));
    assertTrue(header.startsWith("Step 3/" + lesson.steps().size() + " █"), header);
    assertTrue(header.endsWith(lesson.steps().get(2).title().in(Locale.ENGLISH)), header);
    assertTrue(
        view.header(lesson, 2, Set.of(lesson.steps().get(2).id()), Variables.defaults(lesson))
            .endsWith(" ✓"));
  }

  @Test
  void commandsAreShownWithTheLessonsValues() {
    Messages.use(Locale.ENGLISH);
    int tag = stepNumber("tag");
    String shown =
        new StepView(new Style(false), 80, Locale.ENGLISH)
            .render(lesson, tag, Set.of(), Variables.defaults(lesson), "/ws");
    assertTrue(
        shown.contains("  $ docker tag python-dockerfile 127.0.0.1:5000/learner/python-dockerfile"),
        shown);
    assertFalse(shown.contains("{{"), shown);
  }

  @Test
  void filesAreShownWithTheirContentAndWhereToPutThem() {
    Messages.use(Locale.JAPANESE);
    String shown =
        new StepView(new Style(false), 60, Locale.JAPANESE)
            .render(lesson, stepNumber("dockerfile"), Set.of(), Variables.defaults(lesson), "/ws");
    assertTrue(shown.contains("ステップ " + (stepNumber("dockerfile") + 1) + "/"), shown);
    assertTrue(shown.contains("Dockerfile") && shown.contains("/ws"), shown);
    assertTrue(shown.contains("    CMD python hello.py"), shown);
    assertTrue(shown.contains(":run"), shown);
    assertTrue(shown.contains("    # イメージの作成中に使用される基本イメージ"), shown);
    assertFalse(shown.contains("# The base image"), shown);
  }

  @Test
  void aFileInSeveralLanguagesIsShownInTheLearnersLanguage() {
    String shown =
        new StepView(new Style(false), 80, Locale.ENGLISH)
            .render(lesson, stepNumber("dockerfile"), Set.of(), Variables.defaults(lesson), "/ws");
    assertTrue(shown.contains("    # The base image the build starts from"), shown);
    assertFalse(shown.contains("基本イメージ"), shown);
  }

  @Test
  void noColourMeansNoEscapes() {
    String shown =
        new StepView(new Style(false), 80, Locale.ENGLISH)
            .render(lesson, 0, Set.of(), Variables.defaults(lesson), "/ws");
    assertFalse(shown.contains("\u001B"), shown);
    String coloured =
        new StepView(new Style(true), 80, Locale.ENGLISH)
            .render(lesson, 0, Set.of(), Variables.defaults(lesson), "/ws");
    assertTrue(coloured.contains("\u001B["), coloured);
  }

  private int stepNumber(String id) {
    for (int i = 0; i < lesson.steps().size(); i++) {
      if (lesson.steps().get(i).id().equals(id)) {
        return i;
      }
    }
    throw new AssertionError(id);
  }

  @Test
  void titlesAndTheIntroductionShowTheLessonsValues() {
    Lesson valued =
        io.docklab.lesson.load.LessonLoader.load(
                "valued.yaml",
                String.join(
                    "\n",
                    "id: valued",
                    "languages: [en]",
                    "title: Push to {{registry}}",
                    "summary: s",
                    "intro: Everything goes to {{registry}}.",
                    "estimatedMinutes: 1",
                    "variables:",
                    "  - name: registry",
                    "    default: 127.0.0.1:5000",
                    "steps:",
                    "  - id: push",
                    "    title: Push to {{registry}}",
                    "    text: Push.",
                    "    checks:",
                    "      - kind: file",
                    "        path: x",
                    ""))
            .lesson()
            .orElseThrow();
    Variables chosen = Variables.of(valued, java.util.Map.of("registry", "10.0.0.7:5443"));
    StepView view = new StepView(new Style(false), 80, Locale.ENGLISH);
    String shown = view.intro(valued, chosen) + view.render(valued, 0, Set.of(), chosen, "/ws");
    assertFalse(shown.contains("{{"), shown);
    assertTrue(shown.contains("Push to 10.0.0.7:5443"), shown);
    assertTrue(shown.contains("Everything goes to 10.0.0.7:5443."), shown);
  }
}
