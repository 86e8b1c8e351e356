package io.docklab.classroom.store;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The class database's tables (docs/classroom-api.md), created and migrated at start-up, one
 * transaction per version; the SQL is the same on SQLite and PostgreSQL.
 */
final class Schema {
  /** Each version's statements; version N is {@code MIGRATIONS.get(N - 1)}. */
  private static final List<List<String>> MIGRATIONS =
      List.of(
          List.of(
              "CREATE TABLE classes ("
                  + " id VARCHAR(40) PRIMARY KEY,"
                  + " name VARCHAR(200) NOT NULL UNIQUE,"
                  + " code VARCHAR(9) NOT NULL UNIQUE,"
                  + " teacher_token_hash CHAR(64) NOT NULL,"
                  + " created_at VARCHAR(40) NOT NULL)",
              "CREATE TABLE learners ("
                  + " id VARCHAR(40) PRIMARY KEY,"
                  + " class_id VARCHAR(40) NOT NULL REFERENCES classes(id),"
                  + " name VARCHAR(200) NOT NULL,"
                  + " token_hash CHAR(64) NOT NULL UNIQUE,"
                  + " joined_at VARCHAR(40) NOT NULL,"
                  + " left_at VARCHAR(40))",
              "CREATE TABLE events ("
                  + " learner_id VARCHAR(40) NOT NULL REFERENCES learners(id),"
                  + " seq BIGINT NOT NULL,"
                  + " kind VARCHAR(20) NOT NULL,"
                  + " lesson VARCHAR(100) NOT NULL,"
                  + " step VARCHAR(100),"
                  + " happened_at VARCHAR(40) NOT NULL,"
                  + " line VARCHAR(500),"
                  + " received_at VARCHAR(40) NOT NULL,"
                  + " PRIMARY KEY (learner_id, seq))"));

  private Schema() {}

  /** The version the database has after {@link #migrate}. */
  static int latest() {
    return MIGRATIONS.size();
  }

  /** Brings the database to the latest version; gives the version it had before (0: empty). */
  static int migrate(Connection connection) throws SQLException {
    int version = version(connection);
    if (version > latest()) {
      throw new SQLException(
          "the class database is of schema version "
              + version
              + ", newer than this docklab knows ("
              + latest()
              + ")");
    }
    for (int next = version + 1; next <= latest(); next++) {
      connection.setAutoCommit(false);
      try (Statement statement = connection.createStatement()) {
        if (next == 1) {
          statement.execute("CREATE TABLE schema_version (version INTEGER NOT NULL)");
          statement.execute("INSERT INTO schema_version (version) VALUES (0)");
        }
        for (String sql : MIGRATIONS.get(next - 1)) {
          statement.execute(sql);
        }
        statement.execute("UPDATE schema_version SET version = " + next);
        connection.commit();
      } catch (SQLException e) {
        connection.rollback();
        throw e;
      } finally {
        connection.setAutoCommit(true);
      }
    }
    return version;
  }

  /**
   * The version in {@code schema_version} of the connection's own schema (0 when it has none): on a
   * PostgreSQL server a school shares, other schemas may hold a class database of their own. The
   * name is looked up as the database keeps it: lower case on PostgreSQL, upper on some others.
   */
  private static int version(Connection connection) throws SQLException {
    DatabaseMetaData metadata = connection.getMetaData();
    String table = metadata.storesUpperCaseIdentifiers() ? "SCHEMA_VERSION" : "schema_version";
    String escape = metadata.getSearchStringEscape();
    try (ResultSet tables =
        metadata.getTables(
            connection.getCatalog(),
            pattern(connection.getSchema(), escape),
            pattern(table, escape),
            new String[] {"TABLE"})) {
      if (!tables.next()) {
        return 0;
      }
    }
    try (Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery("SELECT version FROM schema_version")) {
      return result.next() ? result.getInt(1) : 0;
    }
  }

  /** {@code name} as a metadata search pattern matching only itself (null: any). */
  private static String pattern(String name, String escape) {
    if (name == null || escape == null || escape.isEmpty()) {
      return name;
    }
    return name.replace(escape, escape + escape)
        .replace("_", escape + "_")
        .replace("%", escape + "%");
  }
}
