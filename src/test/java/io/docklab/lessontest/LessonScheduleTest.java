package io.docklab.lessontest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.docklab.lesson.Lesson;
import io.docklab.lesson.load.LessonLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Which lessons may be tested side by side, and in what order a free worker takes them. */
@Timeout(10)
class LessonScheduleTest {
  @TempDir Path dir;

  private Lesson lesson(String id, String declarations) throws Exception {
    Path file = dir.resolve(id + ".yaml");
    Files.writeString(
        file,
        """
        id: %s
        languages: [en]
        title: T
        summary: S
        estimatedMinutes: 1
        variables:
          - name: registry
            default: 127.0.0.1:5000
        %s
        steps:
          - id: s
            title: S
            checks:
              - kind: output
                shows: x
        """
            .formatted(id, declarations));
    return LessonLoader.load(file).lesson().orElseThrow();
  }

  @Test
  void aSharedPortContainerImageOrRepositoryCollidesAndNothingElseDoes() throws Exception {
    LessonFootprint web =
        LessonFootprint.of(
            lesson("a", "requires: {ports: [4000]}\ncreates: {containers: [web], images: [app]}"));
    LessonFootprint samePort = LessonFootprint.of(lesson("b", "requires: {ports: [4000]}"));
    LessonFootprint sameContainer = LessonFootprint.of(lesson("c", "creates: {containers: [web]}"));
    LessonFootprint sameImage =
        LessonFootprint.of(lesson("d", "creates: {images: [\"app:latest\"]}"));
    LessonFootprint apart =
        LessonFootprint.of(
            lesson(
                "e",
                "requires: {ports: [4001]}\n"
                    + "creates: {containers: [web-2], images: [app2], files: [app]}"));
    assertTrue(web.collidesWith(samePort));
    assertTrue(web.collidesWith(sameContainer));
    assertTrue(web.collidesWith(sameImage), "app is app:latest");
    assertFalse(web.collidesWith(apart));
    assertFalse(samePort.collidesWith(sameContainer));
    assertTrue(
        LessonFootprint.of(lesson("f", "creates: {networks: [net], volumes: [data]}"))
            .collidesWith(LessonFootprint.of(lesson("g", "creates: {volumes: [data]}"))));
  }

  @Test
  void variablesAreFilledInWithTheirDefaults() throws Exception {
    LessonFootprint one =
        LessonFootprint.of(lesson("a", "creates: {repositories: [\"{{registry}}/learner/app\"]}"));
    LessonFootprint two =
        LessonFootprint.of(lesson("b", "creates: {repositories: [127.0.0.1:5000/learner/app]}"));
    assertTrue(one.collidesWith(two));
  }

  @Test
  void aFreeWorkerTakesTheFirstLessonThatCollidesWithNoneRunning() throws Exception {
    LessonFootprint port = LessonFootprint.of(lesson("a", "requires: {ports: [4000]}"));
    LessonFootprint other = LessonFootprint.of(lesson("b", "requires: {ports: [4001]}"));
    LessonSchedule schedule = new LessonSchedule(List.of(port, port, other));
    assertEquals(0, schedule.take());
    assertEquals(2, schedule.take(), "the second lesson waits for the first");
    schedule.done(0);
    assertEquals(1, schedule.take());
    schedule.done(1);
    schedule.done(2);
    assertEquals(-1, schedule.take());
  }

  @Test
  void aClosedScheduleStartsNothing() throws Exception {
    LessonSchedule schedule =
        new LessonSchedule(List.of(LessonFootprint.of(lesson("a", "requires: {ports: [1]}"))));
    schedule.close();
    assertEquals(-1, schedule.take());
  }
}
