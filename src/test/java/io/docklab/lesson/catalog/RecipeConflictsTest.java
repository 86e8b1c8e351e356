package io.docklab.lesson.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.docklab.i18n.Messages;
import io.docklab.lesson.Lesson;
import io.docklab.lesson.load.LessonError;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Two lessons with recipes for one image: the same recipe is fine, a different one an error. */
@Timeout(10)
class RecipeConflictsTest {
  @TempDir Path lessons;

  @BeforeEach
  void english() {
    Messages.use(Locale.ENGLISH);
  }

  private void write(String file, String id, String ref, String packages) throws IOException {
    Files.writeString(
        lessons.resolve(file),
        """
        id: %s
        languages: [en]
        title: Recipes
        summary: A lesson with an offline recipe.
        estimatedMinutes: 5
        requires:
          images:
            - ref: %s
              offline:
                packages: [%s]
                dockerfile: "EXPOSE 80"
        steps:
          - id: one
            title: One
            checks:
              - kind: command
                run: "true"
                passesBefore: never mind
        """
            .formatted(id, ref, packages));
  }

  @Test
  void theSameRecipeInTwoLessonsIsFine() throws IOException {
    write("a.yaml", "a", "nginx:alpine", "nginx-light");
    write("b.yaml", "b", "docker.io/library/nginx:alpine", "nginx-light");
    assertEquals(List.of(), LessonValidation.validate(List.of(lessons)).errors());
    LessonCatalog catalog = LessonCatalog.load(List.of(lessons));
    assertEquals(List.of(), catalog.problems());
    assertEquals(2, catalog.lessons().stream().filter(l -> l.id().length() == 1).count());
  }

  @Test
  void aDifferentRecipeForOneImageNamesBothFiles() throws IOException {
    write("a.yaml", "a", "nginx:alpine", "nginx-light");
    write("b.yaml", "b", "nginx:alpine", "nginx-full");
    String expected =
        lessons.resolve("b.yaml")
            + ":8:7: the offline recipe for 'nginx:alpine' differs from the one in "
            + lessons.resolve("a.yaml")
            + ":8:7; lessons that share an image must give the same recipe";
    List<LessonError> errors = LessonValidation.validate(List.of(lessons)).errors();
    assertEquals(List.of(expected), errors.stream().map(LessonError::toString).toList());

    LessonCatalog catalog = LessonCatalog.load(List.of(lessons));
    assertEquals(
        List.of(expected), catalog.recipeConflicts().stream().map(Object::toString).toList());
    assertEquals(
        List.of("a"),
        catalog.lessons().stream().map(Lesson::id).filter(id -> id.length() == 1).toList());
    assertEquals(
        List.of("nginx-light"),
        catalog.requirements().recipe("nginx:alpine").orElseThrow().packages());
  }
}
