package io.docklab.classroom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.docklab.classroom.TestClass.Learner;
import io.docklab.classroom.learner.ClassReporter;
import io.docklab.classroom.learner.ClassroomFiles;
import io.docklab.classroom.learner.Membership;
import io.docklab.classroom.learner.Outbox;
import io.docklab.lesson.Lesson;
import io.docklab.lesson.catalog.LessonCatalog;
import io.docklab.progress.Progress;
import io.docklab.session.LessonSession;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The lab's session tells the class what the learner does: a bundled lesson's session with the
 * reporter of a joined class, against the real server (port 22713), on SQLite and on PostgreSQL.
 */
@Timeout(60)
@ParameterizedClass(name = "on {0}")
@MethodSource("io.docklab.classroom.TestStore#both")
class ClassReporterIT {
  @Parameter TestStore store;
  @TempDir Path teacherDirectory;
  @TempDir Path learnerData;
  TestStore.Database database;

  @BeforeEach
  void freshDatabase() throws Exception {
    database = store.fresh(teacherDirectory);
  }

  @AfterEach
  void dropDatabase() throws Exception {
    if (database != null) {
      database.close();
    }
  }

  @Test
  void stepsHintsFailuresAndResetsReachTheTable() throws Exception {
    Lesson lesson = LessonCatalog.load(List.of()).lessons().get(0);
    try (TestClass teacher = TestClass.start(database, teacherDirectory, 22713, List.of())) {
      Learner aiko = teacher.join("Aiko");
      ClassroomFiles files = ClassroomFiles.in(learnerData);
      new Membership(
              URI.create("http://127.0.0.1:22713/"),
              "Docker 101",
              aiko.id(),
              teacher.server.code(),
              aiko.token())
          .save(files);
      ClassReporter reporter = ClassReporter.ifJoined(learnerData).orElseThrow();
      LessonSession session =
          LessonSession.open(lesson, new Progress(), LessonSession.Saver.NONE, reporter);
      session.shown();
      session.checkFailed("expected a container named web, found none\nsecond line");
      session.nextHint();
      session.complete();
      String first = lesson.steps().get(0).id();
      String second = lesson.steps().get(1).id();

      JsonNode state = await(teacher, lesson.id(), row -> row.path("events").asInt() == 5);
      assertEquals("[\"" + first + "\"]", state.get("done").toString());
      assertEquals(second, state.get("current").asText());
      assertEquals(0, state.get("failedChecks").asInt(), "the counts are of the new step");

      session.resetLesson();
      JsonNode reset = await(teacher, lesson.id(), row -> row.path("events").asInt() == 7);
      assertEquals(first, reset.get("current").asText());
      assertEquals(0, reset.get("done").size());
      assertEquals(0, new Outbox(files).pending().size());
    }
  }

  @Test
  void noClassJoinedMeansNoReporter() {
    assertTrue(ClassReporter.ifJoined(learnerData).isEmpty());
  }

  private static JsonNode await(TestClass teacher, String lesson, Predicate<JsonNode> done)
      throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    JsonNode row = null;
    while (System.nanoTime() < deadline) {
      row = teacher.table().get("learners").get(0);
      if (done.test(row)) {
        return row.get("lessons").get(lesson);
      }
      Thread.sleep(50); // polling the server's table, with a deadline
    }
    throw new AssertionError("the table did not show it: " + row);
  }
}
