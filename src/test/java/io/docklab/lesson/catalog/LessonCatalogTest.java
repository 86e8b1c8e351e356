package io.docklab.lesson.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.docklab.i18n.Messages;
import io.docklab.lesson.Lesson;
import io.docklab.lesson.Requirements;
import io.docklab.lesson.load.LessonError;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LessonCatalogTest {
  /** The bundled course, in the order of lessons/index.txt. */
  static final List<String> COURSE =
      List.of(
          "image-by-hand",
          "get-started-part2",
          "volumes",
          "bind-mounts",
          "networks",
          "configuration",
          "smaller-images",
          "compose");

  @TempDir Path extra;

  @BeforeEach
  void english() {
    Messages.use(Locale.ENGLISH);
  }

  @Test
  void theIndexListsExactlyTheLessonFilesOfTheLessonsFolder() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("lessons"))) {
      List<String> onDisk =
          files
              .map(path -> path.getFileName().toString())
              .filter(name -> !name.equals("index.txt"))
              .sorted()
              .toList();
      assertEquals(onDisk, LessonCatalog.bundledNames().stream().sorted().toList());
    }
  }

  @Test
  void theBundledLessonsLoadFromTheClassPath() {
    LessonCatalog catalog = LessonCatalog.load(List.of());
    assertEquals(List.of(), catalog.problems());
    assertEquals(COURSE, catalog.lessons().stream().map(Lesson::id).toList());
    Lesson lesson = catalog.lesson("image-by-hand").orElseThrow();
    assertEquals("lessons/image-by-hand.yaml", catalog.source(lesson));
    assertEquals("コンテナーイメージを手作業と Dockerfile で作る", lesson.title().in(Locale.JAPANESE));
  }

  @Test
  void theCatalogueSaysWhatAllItsLessonsNeed() {
    Requirements needs = LessonCatalog.load(List.of()).requirements();
    assertEquals(
        List.of(
            "python:latest",
            "python:3.11-slim",
            "hello-world",
            "busybox:latest",
            "nginx:alpine",
            "redis:7"),
        needs.images());
    assertEquals(List.of(4000, 8081, 4001, 4002, 4003, 4004, 4005), needs.ports());
    assertEquals(List.of("registry"), needs.services());
  }

  @Test
  void extraDirectoriesAddLessonsAndReportTheBrokenOnes() throws IOException {
    String mine =
        Files.readString(Path.of("lessons/image-by-hand.yaml"))
            .replace("id: image-by-hand", "id: my-lesson");
    Files.writeString(extra.resolve("mine.yaml"), mine);
    Files.writeString(extra.resolve("broken.md"), "no front matter\n");
    Files.writeString(extra.resolve("notes.txt"), "not a lesson: ignored\n");
    LessonCatalog catalog = LessonCatalog.load(List.of(extra, extra.resolve("missing")));
    assertEquals(
        Stream.concat(COURSE.stream(), Stream.of("my-lesson")).toList(),
        catalog.lessons().stream().map(Lesson::id).toList());
    assertEquals(
        List.of(
            extra.resolve("broken.md")
                + ":1:1: expected front matter: a first line '---', the lesson's YAML keys,"
                + " and a closing '---'",
            extra.resolve("missing") + ": no such directory"),
        catalog.problems().stream().map(LessonError::toString).toList());
  }

  @Test
  void aLessonIdTakenByABundledLessonIsAProblem() throws IOException {
    Files.copy(Path.of("lessons/image-by-hand.yaml"), extra.resolve("copy.yaml"));
    LessonCatalog catalog = LessonCatalog.load(List.of(extra));
    assertEquals(COURSE.size(), catalog.lessons().size());
    assertEquals(
        List.of(
            extra.resolve("copy.yaml")
                + ": lesson id 'image-by-hand' is already used by lessons/image-by-hand.yaml"),
        catalog.problems().stream().map(LessonError::toString).toList());
  }

  @Test
  void directoriesComeFromOptionsThenTheEnvironment() {
    assertEquals(
        List.of(Path.of("a"), Path.of("b"), Path.of("c")),
        LessonCatalog.directories(
            List.of(Path.of("a")), "b" + File.pathSeparator + File.pathSeparator + "c"));
    assertEquals(List.of(Path.of("a")), LessonCatalog.directories(List.of(Path.of("a")), null));
    assertTrue(LessonCatalog.directories(List.of(), "").isEmpty());
  }

  @Test
  void validationReportsEveryErrorOfEveryPathAndCountsTheFiles() {
    LessonValidation.Report clean = LessonValidation.validate(List.of(Path.of("lessons")));
    assertEquals(COURSE.size(), clean.lessons());
    assertTrue(clean.clean(), clean.errors().toString());
    LessonValidation.Report broken =
        LessonValidation.validate(
            List.of(
                Path.of("src/test/resources/broken/unknown-key.yaml"),
                Path.of("no/such/lessons"),
                extra));
    assertEquals(1, broken.lessons());
    assertEquals(
        List.of(
            "src/test/resources/broken/unknown-key.yaml:9:5: unknown key 'colour' in a step;"
                + " expected one of: actions, advance, checks, hints, id, setup, solution, text, title",
            "no/such/lessons: no such file or directory",
            extra + ": expected lesson files (.md, .yaml, .yml) in this directory, found none"),
        broken.errors().stream().map(LessonError::toString).toList());
  }
}
