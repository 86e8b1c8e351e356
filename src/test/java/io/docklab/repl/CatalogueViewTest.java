package io.docklab.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.docklab.i18n.Messages;
import io.docklab.lesson.Lesson;
import io.docklab.lesson.catalog.LessonCatalog;
import io.docklab.progress.Progress;
import io.docklab.repl.render.Style;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CatalogueViewTest {
  private static List<Lesson> lessons;

  @BeforeAll
  static void bundledLessons() {
    Messages.use(Locale.ENGLISH);
    lessons = LessonCatalog.load(List.of()).lessons();
  }

  @Test
  void aLessonIsChosenByNumberOrId() {
    CatalogueView view = new CatalogueView(lessons, new Style(false), Locale.ENGLISH);
    assertEquals(Optional.of(lessons.get(1)), view.choose("2"));
    assertEquals(Optional.of(lessons.get(0)), view.choose(" " + lessons.get(0).id() + " "));
    assertEquals(Optional.empty(), view.choose("0"));
    assertEquals(Optional.empty(), view.choose(Integer.toString(lessons.size() + 1)));
    assertEquals(Optional.empty(), view.choose("no-such-lesson"));
  }

  @Test
  void eachLessonShowsItsStepsDone() {
    Lesson lesson = lessons.stream().filter(l -> l.id().equals("image-by-hand")).findFirst().get();
    Progress progress = new Progress();
    progress.markDone("image-by-hand", lesson.steps().get(0).id());
    progress.markDone("image-by-hand", lesson.steps().get(1).id());
    progress.markDone("image-by-hand", "a-step-that-is-gone");
    String shown =
        new CatalogueView(lessons, new Style(false), Locale.ENGLISH).render(progress, 80);
    String line = shown.lines().filter(l -> l.contains("image-by-hand")).findFirst().orElseThrow();
    assertTrue(line.contains(" 2/" + lesson.steps().size() + " "), line);
    assertTrue(shown.contains(lesson.title().in(Locale.ENGLISH)), shown);
    assertTrue(
        shown
            .lines()
            .filter(l -> l.contains("get-started-part2"))
            .findFirst()
            .get()
            .contains(" 0/"),
        shown);
  }

  @Test
  void japaneseTitlesInJapanese() {
    Messages.use(Locale.JAPANESE);
    try {
      String shown =
          new CatalogueView(lessons, new Style(false), Locale.JAPANESE).render(new Progress(), 80);
      assertTrue(shown.contains("コンテナーイメージを手作業と Dockerfile で作る"), shown);
      assertTrue(shown.contains("レッスン"), shown);
    } finally {
      Messages.use(Locale.ENGLISH);
    }
  }
}
