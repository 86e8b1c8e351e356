package io.docklab.lesson.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.docklab.i18n.Messages;
import io.docklab.lesson.Lesson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LessonSourcesTest {
  @TempDir Path extra;

  @BeforeEach
  void english() {
    Messages.use(Locale.ENGLISH);
  }

  private String imageByHand(String id) throws IOException {
    return Files.readString(Path.of("lessons/image-by-hand.yaml")).replace("id: image-by-hand", id);
  }

  @Test
  void findParsesOnlyTheLessonAskedFor() {
    LessonSources sources = LessonSources.of(List.of());
    Lesson lesson = sources.find("image-by-hand").orElseThrow();
    assertEquals("image-by-hand", lesson.id());
    assertEquals(List.of("lessons/image-by-hand.yaml"), sources.parsed());
    assertEquals(Optional.empty(), LessonSources.of(List.of()).find("no-such-lesson"));
  }

  @Test
  void theCatalogueAfterFindReusesTheLessonAlreadyParsed() {
    LessonSources sources = LessonSources.of(List.of());
    Lesson found = sources.find("get-started-part2").orElseThrow();
    LessonCatalog catalog = sources.catalog();
    assertSame(found, catalog.lesson("get-started-part2").orElseThrow());
    assertEquals(LessonCatalogTest.COURSE, catalog.lessons().stream().map(Lesson::id).toList());
    assertEquals(LessonCatalog.load(List.of()).problems(), catalog.problems());
  }

  @Test
  void aDuplicateIdFindsTheFirstAsTheCatalogueDoes() throws IOException {
    Files.writeString(extra.resolve("copy.yaml"), imageByHand("id: image-by-hand"));
    LessonSources sources = LessonSources.of(List.of(extra));
    sources.find("image-by-hand").orElseThrow();
    assertEquals(List.of("lessons/image-by-hand.yaml"), sources.parsed());
    assertEquals(1, sources.catalog().problems().size());
  }

  @Test
  void aFileWhoseIdIsNotPlainIsParsedToFindOut() throws IOException {
    Files.writeString(extra.resolve("a-broken.yaml"), "id: mine\nsteps: [\n");
    Files.writeString(extra.resolve("b-quoted-key.yaml"), imageByHand("\"id\": mine"));
    Files.writeString(extra.resolve("c-other.yaml"), "id: other\nnot: [a lesson\n");
    LessonSources sources = LessonSources.of(List.of(extra));
    Lesson mine = sources.find("mine").orElseThrow();
    assertEquals("mine", mine.id());
    // The bundled lessons and c-other.yaml plainly declare other ids: not parsed.
    assertEquals(
        List.of(
            extra.resolve("a-broken.yaml").toString(),
            extra.resolve("b-quoted-key.yaml").toString()),
        sources.parsed());
  }

  @Test
  void aMissingDirectoryIsAProblemOfTheCatalogueInItsPlace() {
    LessonSources sources = LessonSources.of(List.of(extra.resolve("missing")));
    assertTrue(sources.find("get-started-part2").isPresent());
    assertEquals(
        List.of(extra.resolve("missing") + ": no such directory"),
        sources.catalog().problems().stream().map(Object::toString).toList());
  }

  @Test
  void theDeclaredIdIsThePlainTopLevelIdLine() {
    assertEquals(Optional.of("a-b"), LessonSources.declaredId("x.yaml", "# c\nid: a-b\nx: 1\n"));
    assertEquals(Optional.of("a"), LessonSources.declaredId("x.yml", "id: \"a\"  # the id\n"));
    assertEquals(Optional.of("a"), LessonSources.declaredId("x.yaml", "id: 'a'\r\n"));
    assertEquals(Optional.of("a"), LessonSources.declaredId("x.md", "---\nid: a\n---\nid: b\n"));
    assertEquals(Optional.empty(), LessonSources.declaredId("x.md", "id: a\n"));
    assertEquals(Optional.empty(), LessonSources.declaredId("x.yaml", "id: a\nid: b\n"));
    assertEquals(Optional.empty(), LessonSources.declaredId("x.yaml", "id: [a]\n"));
    assertEquals(Optional.empty(), LessonSources.declaredId("x.yaml", "id:a\n"));
    assertEquals(Optional.empty(), LessonSources.declaredId("x.yaml", "  id: a\n"));
    assertEquals(Optional.empty(), LessonSources.declaredId("x.yaml", "title: t\n"));
  }
}
