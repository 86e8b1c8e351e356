package io.docklab.classroom;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.docklab.classroom.store.ClassStore;
import io.docklab.classroom.store.ClassStore.StoredClass;
import io.docklab.classroom.store.ClassStore.StoredLearner;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The store's own rules, on an SQLite file (ClassServerIT runs the server on both stores). */
@Timeout(30)
class ClassStoreTest {
  @TempDir Path directory;

  @Test
  void learnersComeInTheOrderTheyJoinedWhateverTheTimesLength() throws Exception {
    try (ClassStore store = ClassStore.open("jdbc:sqlite:" + directory.resolve("c.db"))) {
      Instant start = Instant.parse("2026-12-02T04:00:05Z");
      store.createClass(new StoredClass("c-1", "Docker 101", "AAAA-AAAA", "0".repeat(64)), start);
      // As text, "…:05.123456Z" < "…:05.123Z" < "…:05Z": the other way round from the times.
      add(store, "l-c", start.plusNanos(123_456_000));
      add(store, "l-b", start.plusMillis(123));
      add(store, "l-a", start);
      assertEquals(
          List.of("l-a", "l-b", "l-c"),
          store.learners("c-1").stream().map(StoredLearner::id).toList());
    }
  }

  private static void add(ClassStore store, String id, Instant joined) throws Exception {
    store.addLearner(
        new StoredLearner(id, "c-1", id, joined, Optional.empty()), id.repeat(64).substring(0, 64));
  }
}
