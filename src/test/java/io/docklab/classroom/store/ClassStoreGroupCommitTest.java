package io.docklab.classroom.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.docklab.classroom.ClassEvent;
import io.docklab.classroom.EventKind;
import io.docklab.classroom.store.ClassStore.StoredClass;
import io.docklab.classroom.store.ClassStore.StoredLearner;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Events stored by many callers at once (the group commit): each caller's answer is its own, every
 * event is stored once, and the table read back has them all.
 */
@Timeout(60)
class ClassStoreGroupCommitTest {
  @TempDir Path directory;

  @Test
  void manyCallersAtOnceEachGetTheirOwnAnswer() throws Exception {
    try (ClassStore store = ClassStore.open("jdbc:sqlite:" + directory.resolve("class.db"))) {
      store.createClass(new StoredClass("c-1", "Load", "AAAA-AAAA", "0".repeat(64)), Instant.now());
      int learners = 8;
      int events = 50;
      for (int i = 0; i < learners; i++) {
        store.addLearner(
            new StoredLearner("l-" + i, "c-1", "L" + i, Instant.now(), Optional.empty()),
            Integer.toString(i).repeat(64).substring(0, 64));
      }
      ExecutorService callers = Executors.newFixedThreadPool(16);
      AtomicInteger wrong = new AtomicInteger();
      try {
        List<Future<?>> calls = new ArrayList<>();
        for (int i = 0; i < learners; i++) {
          String learner = "l-" + i;
          for (int copy = 0; copy < 2; copy++) { // each learner's events twice, from two callers
            calls.add(
                callers.submit(
                    () -> {
                      for (int seq = 1; seq <= events; seq++) {
                        ClassStore.Stored stored =
                            store.store(learner, List.of(event(seq)), Instant.now());
                        if (stored.stored().size() + stored.duplicates() != 1
                            || stored.last() < seq) {
                          wrong.incrementAndGet();
                        }
                      }
                      return null;
                    }));
          }
        }
        for (Future<?> call : calls) {
          call.get(50, TimeUnit.SECONDS);
        }
      } finally {
        callers.shutdownNow();
      }
      assertEquals(0, wrong.get());
      AtomicInteger read = new AtomicInteger();
      store.events("c-1", event -> read.incrementAndGet());
      assertEquals(learners * events, read.get());
      ClassStore.Stored again = store.store("l-0", List.of(event(events)), Instant.now());
      assertEquals(0, again.stored().size());
      assertEquals(1, again.duplicates());
      assertEquals(events, again.last());
    }
  }

  private static ClassEvent event(long seq) {
    return new ClassEvent(
        seq,
        EventKind.STEP_STARTED,
        "lesson",
        Optional.of("s" + seq),
        Instant.parse("2026-12-02T04:00:00Z"),
        Optional.empty());
  }
}
