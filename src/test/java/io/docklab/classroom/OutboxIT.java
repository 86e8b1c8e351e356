package io.docklab.classroom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.docklab.classroom.TestClass.Learner;
import io.docklab.classroom.learner.ClassClient;
import io.docklab.classroom.learner.ClassroomFiles;
import io.docklab.classroom.learner.Outbox;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The learner's outbox against the real server (port 22711), on SQLite and on PostgreSQL: events
 * kept while the server is down, sent in order once it is up, never stored twice.
 */
@Timeout(60)
@ParameterizedClass(name = "on {0}")
@MethodSource("io.docklab.classroom.TestStore#both")
class OutboxIT {
  private static final int PORT = 22711;

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
  void eventsWaitForTheServerAndAreStoredOnce() throws Exception {
    Learner aiko;
    try (TestClass teacher = TestClass.start(database, teacherDirectory, PORT, List.of())) {
      aiko = teacher.join("Aiko");
    }
    ClassroomFiles files = ClassroomFiles.in(learnerData);
    Outbox outbox = new Outbox(files);
    ClassClient client = new ClassClient(URI.create("http://127.0.0.1:" + PORT + "/"));
    for (int i = 0; i < 150; i++) {
      outbox.append(event(i % 2 == 0 ? EventKind.STEP_STARTED : EventKind.STEP_DONE, "s" + i / 2));
    }
    assertThrows(
        ClassClient.ClassServerException.class, () -> outbox.send(client, aiko.id(), aiko.token()));
    assertEquals(150, outbox.pending().size());
    assertEquals(150, outbox.pending().get(149).seq());

    try (TestClass teacher = TestClass.start(database, teacherDirectory, PORT, List.of())) {
      assertEquals(150, outbox.send(client, aiko.id(), aiko.token()));
      assertEquals(List.of(), outbox.pending());
      assertEquals(0, outbox.send(client, aiko.id(), aiko.token()));
      outbox.append(event(EventKind.HINT_SHOWN, "s75"));
      assertEquals(1, outbox.send(client, aiko.id(), aiko.token()));
      assertEquals(151, teacher.table().get("learners").get(0).get("events").asInt());
    }
  }

  private static ClassEvent event(EventKind kind, String step) {
    return new ClassEvent(
        0, kind, "get-started", Optional.of(step), Instant.now(), Optional.empty());
  }
}
