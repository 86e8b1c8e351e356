package io.docklab.classroom;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The two stores a class server runs on, as the class-server ITs' parameter: SQLite in a file of
 * the test's directory, or the tests' PostgreSQL server ({@link PostgresServer}) with a schema of
 * its own for each test, so no test sees another's rows.
 */
enum TestStore {
  SQLITE,
  POSTGRESQL;

  /** Both stores, for {@code @MethodSource("io.docklab.classroom.TestStore#both")}. */
  static Stream<TestStore> both() {
    return Stream.of(values());
  }

  /** An empty database of this store for one test, whose files (if any) go to {@code directory}. */
  Database fresh(Path directory) throws Exception {
    if (this == SQLITE) {
      Path file = directory.resolve("classroom.db");
      return new Database("jdbc:sqlite:" + file) {
        @Override
        String dump() throws Exception {
          return Files.readString(file, StandardCharsets.ISO_8859_1);
        }

        @Override
        public void close() {
          // The file goes with the test's temporary directory.
        }
      };
    }
    PostgresServer server = PostgresServer.shared();
    String schema = "t_" + java.util.UUID.randomUUID().toString().replace("-", "");
    server.create(schema);
    return new Database(server.url(schema)) {
      @Override
      String dump() throws Exception {
        return server.dump(schema);
      }

      @Override
      public void close() throws Exception {
        server.drop(schema);
      }
    };
  }

  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** One test's database: its JDBC URL, everything it holds as text, and its removal. */
  abstract static class Database implements AutoCloseable {
    final String url;

    Database(String url) {
      this.url = url;
    }

    /** The database's whole content as text, to look for what must never be stored. */
    abstract String dump() throws Exception;
  }
}
