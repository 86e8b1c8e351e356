package io.docklab.classroom.learner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The class's lessons on the learner's disk: written whole, kept for the next start, swapped in.
 */
@Timeout(10)
class LessonDownloadTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path data;

  private static ObjectNode bundle(String digest, String path, String content) {
    ObjectNode bundle = JSON.createObjectNode().put("digest", digest);
    bundle
        .putArray("files")
        .addObject()
        .put("path", path)
        .put(
            "base64", Base64.getEncoder().encodeToString(content.getBytes(StandardCharsets.UTF_8)));
    return bundle;
  }

  @Test
  void changedLessonsWaitForTheNextStartAndThenTakeThePlaceOfTheOld() throws IOException {
    ClassroomFiles files = ClassroomFiles.in(data);
    Files.createDirectories(files.directory());
    assertEquals(1, LessonDownload.write(bundle("d1", "course/a.md", "one"), files.lessons()));
    assertEquals(Optional.of("d1"), LessonDownload.digest(files.lessons()));

    assertFalse(LessonDownload.keepForNextStart(bundle("d1", "course/a.md", "one"), files));
    assertFalse(Files.exists(files.lessonsNext()), "the same digest: nothing to do");

    assertTrue(LessonDownload.keepForNextStart(bundle("d2", "course/a.md", "two"), files));
    assertEquals("one", Files.readString(files.lessons().resolve("course/a.md")));
    assertEquals("two", Files.readString(files.lessonsNext().resolve("course/a.md")));
    assertFalse(
        LessonDownload.keepForNextStart(bundle("d2", "course/a.md", "two"), files),
        "what waits for the next start has that digest already");

    assertEquals(Optional.of(files.lessons()), files.joinedLessons());
    assertEquals("two", Files.readString(files.lessons().resolve("course/a.md")));
    assertFalse(Files.exists(files.lessonsNext()));
    assertFalse(Files.exists(files.directory().resolve("lessons.old")));
  }

  @Test
  void aStartCutBetweenTheTwoRenamesFinishesTheSwap() throws IOException {
    ClassroomFiles files = ClassroomFiles.in(data);
    Files.createDirectories(files.directory());
    LessonDownload.write(bundle("d2", "course/a.md", "two"), files.lessonsNext());
    assertEquals(Optional.of(files.lessons()), files.joinedLessons());
    assertEquals("two", Files.readString(files.lessons().resolve("course/a.md")));
  }

  @Test
  void aFileOutsideTheFolderIsRefusedAndNothingIsWritten() throws IOException {
    ClassroomFiles files = ClassroomFiles.in(data);
    Files.createDirectories(files.directory());
    LessonDownload.write(bundle("d1", "course/a.md", "one"), files.lessons());
    assertThrows(
        IOException.class,
        () -> LessonDownload.keepForNextStart(bundle("d3", "../escape.md", "x"), files));
    assertFalse(Files.exists(files.lessonsNext()));
    assertFalse(Files.exists(data.resolve("escape.md")));
    assertEquals("one", Files.readString(files.lessons().resolve("course/a.md")));
  }
}
