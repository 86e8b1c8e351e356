package io.docklab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.docklab.lesson.Lesson;
import io.docklab.lesson.LessonSkeleton;
import io.docklab.lesson.catalog.LessonValidation;
import io.docklab.lesson.load.LessonLoader;
import io.docklab.lesson.load.LoadResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code docklab new}: a skeleton that validates, in both formats, never over a file. */
class NewCommandTest extends InProcessCommandTest {
  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void writesASkeletonThatValidatesInBothLanguages(boolean yaml) throws Exception {
    List<String> args =
        yaml
            ? List.of("--lang", "en", "new", "my-lesson", "--yaml", "--dir", dir.toString())
            : List.of("--lang", "en", "new", "my-lesson", "--dir", dir.toString());
    assertEquals(ExitCode.OK, run(args.toArray(String[]::new)));
    Path file = dir.resolve(yaml ? "my-lesson.yaml" : "my-lesson.md");
    assertTrue(Files.isRegularFile(file), file.toString());
    String printed = out.toString();
    assertTrue(printed.startsWith("Wrote " + file + ","), printed);
    assertTrue(printed.contains("    docklab validate " + file + "\n"), printed);
    assertTrue(
        printed.contains("    docklab test " + file + " --step " + LessonSkeleton.STEP + "\n"),
        printed);
    assertTrue(printed.contains("    docklab --lessons " + dir + " start my-lesson\n"), printed);

    LessonValidation.Report report = LessonValidation.validate(List.of(file));
    assertEquals(List.of(), report.errors());
    assertEquals(ExitCode.OK, run("validate", file.toString()));

    LoadResult loaded = LessonLoader.load(file);
    Lesson lesson = loaded.lesson().orElseThrow();
    assertEquals("my-lesson", lesson.id());
    assertEquals(List.of("en", "ja"), lesson.languages());
    assertEquals(1, lesson.steps().size());
    assertEquals(1, lesson.steps().get(0).actions().size());
    assertEquals(1, lesson.steps().get(0).checks().size());
    assertEquals(2, lesson.steps().get(0).hints().size());
    assertEquals(List.of("my-lesson-hello"), lesson.creates().containers());
  }

  @Test
  void bothFormatsOfTheSkeletonHaveTheSameStepsAndKeys() {
    Lesson markdown =
        LessonLoader.load("x.md", LessonSkeleton.text("same", false)).lesson().orElseThrow();
    Lesson yaml =
        LessonLoader.load("x.yaml", LessonSkeleton.text("same", true)).lesson().orElseThrow();
    assertEquals(yaml.steps(), markdown.steps()); // The intros differ: each names its format.
    assertEquals(yaml.title(), markdown.title());
    assertEquals(yaml.requires(), markdown.requires());
    assertEquals(yaml.creates(), markdown.creates());
  }

  @Test
  void refusesToOverwriteAFile() throws Exception {
    Path file = dir.resolve("taken.md");
    Files.writeString(file, "mine");
    assertEquals(ExitCode.FAILED, run("--lang", "en", "new", "taken", "--dir", dir.toString()));
    assertEquals("mine", Files.readString(file));
    assertEquals("docklab new: " + file + " exists already; nothing was written\n", err.toString());
    assertEquals("", out.toString());
  }

  @Test
  void refusesAnIdThatIsNotOne() {
    assertEquals(ExitCode.USAGE, run("--lang", "en", "new", "My Lesson", "--dir", dir.toString()));
    assertTrue(
        err.toString().startsWith("docklab new: 'My Lesson' is not a lesson id"), err.toString());
    assertEquals(List.of(), List.of(dir.toFile().list()));
  }
}
