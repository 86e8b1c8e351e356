package io.docklab.classroom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.docklab.classroom.store.ClassStore;
import io.docklab.classroom.store.ClassStore.StoredClass;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * What only a shared PostgreSQL server has: several class databases side by side, each in a schema
 * of its own, each created and migrated by its server without seeing the others.
 */
@Timeout(60)
class ClassStorePostgresIT {
  @TempDir Path directory;

  @Test
  void twoSchemasOfOneServerEachGetTheirOwnTables() throws Exception {
    try (TestStore.Database first = TestStore.POSTGRESQL.fresh(directory);
        TestStore.Database second = TestStore.POSTGRESQL.fresh(directory)) {
      try (ClassStore store = ClassStore.open(first.url)) {
        store.createClass(new StoredClass("c-1", "Docker 101", "AAAA-AAAA", "0".repeat(64)), at());
      }
      try (ClassStore store = ClassStore.open(second.url)) {
        assertTrue(store.classNamed("Docker 101").isEmpty(), "the second schema sees the first");
        store.createClass(new StoredClass("c-2", "Docker 101", "BBBB-BBBB", "1".repeat(64)), at());
      }
      try (ClassStore store = ClassStore.open(first.url)) {
        assertEquals("AAAA-AAAA", store.classNamed("Docker 101").orElseThrow().code());
      }
    }
  }

  @Test
  void theStoreWorksAgainOncePostgresqlIsBackFromARestart() throws Exception {
    try (TestStore.Database database = TestStore.POSTGRESQL.fresh(directory);
        ClassStore store = ClassStore.open(database.url)) {
      store.createClass(new StoredClass("c-1", "Docker 101", "AAAA-AAAA", "0".repeat(64)), at());
      PostgresServer.shared().restart();
      long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
      int failed = 0;
      while (true) {
        try {
          assertEquals("AAAA-AAAA", store.classNamed("Docker 101").orElseThrow().code());
          break;
        } catch (SQLException dropped) {
          failed++;
          if (System.nanoTime() > deadline) {
            throw dropped;
          }
          TimeUnit.MILLISECONDS.sleep(100); // polling the store, with a deadline
        }
      }
      assertTrue(failed <= 1, failed + " calls failed after the restart");
    }
  }

  private static Instant at() {
    return Instant.parse("2026-12-02T04:00:00Z");
  }
}
