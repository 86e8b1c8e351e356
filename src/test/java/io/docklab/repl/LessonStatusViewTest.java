package io.docklab.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.docklab.exec.Variables;
import io.docklab.i18n.Messages;
import io.docklab.lesson.Lesson;
import io.docklab.lesson.catalog.LessonSources;
import io.docklab.repl.render.Style;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LessonStatusViewTest {
  @Test
  void eachStepDoneCurrentOrNotAndWhereThingsAre() {
    Messages.use(Locale.ENGLISH);
    Lesson lesson = LessonSources.of(List.of()).find("image-by-hand").orElseThrow();
    List<String> lines =
        new LessonStatusView(new Style(false), Locale.ENGLISH)
            .lines(
                lesson,
                Variables.defaults(lesson),
                Set.of(lesson.steps().get(0).id(), lesson.steps().get(1).id()),
                2,
                "/ws",
                Path.of("/data/progress.json"));
    assertEquals(lesson.steps().size() + 3, lines.size(), lines.toString());
    assertEquals("  ✓  1  Work inside a container", lines.get(1));
    assertEquals("  ▶  3  " + lesson.steps().get(2).title().in(Locale.ENGLISH), lines.get(3));
    assertEquals("  ·  4  " + lesson.steps().get(3).title().in(Locale.ENGLISH), lines.get(4));
    assertEquals(
        "Container images by hand and with a Dockerfile (image-by-hand): 2 of 13 steps done",
        lines.get(0));
    assertTrue(lines.get(lines.size() - 1).contains("/data/progress.json"), lines.toString());
  }
}
