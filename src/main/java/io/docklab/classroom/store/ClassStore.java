package io.docklab.classroom.store;

import io.docklab.classroom.ClassEvent;
import io.docklab.classroom.EventKind;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * The class database through plain JDBC: SQLite by default, PostgreSQL with a {@code
 * jdbc:postgresql:} URL. One connection, one caller at a time (SQLite writes one at a time anyway);
 * events are written in groups (see {@link #store}); a connection the database dropped (PostgreSQL
 * restarted) is opened again on the next call.
 */
public final class ClassStore implements AutoCloseable {
  private final String url;
  private Connection connection;
  private boolean closed;
  private final ConcurrentLinkedQueue<Pending> waiting = new ConcurrentLinkedQueue<>();
  private final ReentrantLock writer = new ReentrantLock();

  private ClassStore(String url, Connection connection) {
    this.url = url;
    this.connection = connection;
  }

  /** Opens the database at {@code url} and brings its schema up to date. */
  public static ClassStore open(String url) throws SQLException {
    return new ClassStore(url, connect(url));
  }

  private static Connection connect(String url) throws SQLException {
    Connection connection = DriverManager.getConnection(url);
    try {
      if (url.startsWith("jdbc:sqlite:")) {
        try (Statement statement = connection.createStatement()) {
          statement.execute("PRAGMA journal_mode=WAL");
          statement.execute("PRAGMA synchronous=NORMAL");
          statement.execute("PRAGMA foreign_keys=ON");
          statement.execute("PRAGMA busy_timeout=5000");
        }
      }
      Schema.migrate(connection);
      return connection;
    } catch (SQLException | RuntimeException e) {
      connection.close();
      throw e;
    }
  }

  /**
   * The connection, opened again when the database closed it: the call that met the broken
   * connection failed, the next one works once the database is back.
   */
  private Connection connection() throws SQLException {
    if (closed) {
      throw new SQLException("the class store is closed");
    }
    if (connection.isClosed()) {
      connection = connect(url);
    }
    return connection;
  }

  /**
   * {@code url} fit to show: a password in it (as {@code password=…} or {@code user:…@}) hidden.
   */
  public static String shown(String url) {
    return url.replaceAll("(?i)(password=)[^&;]*", "$1***")
        .replaceAll("//([^/:@]*):[^/@]*@", "//$1:***@");
  }

  /** What a failure to open the database says, in one line. */
  public static String reason(SQLException e) {
    String message = e.getMessage() == null ? e.toString() : e.getMessage().strip();
    int end = message.indexOf('\n');
    return end < 0 ? message : message.substring(0, end).strip();
  }

  /** A class as stored. */
  public record StoredClass(String id, String name, String code, String teacherTokenHash) {}

  /** A learner as stored. */
  public record StoredLearner(
      String id, String classId, String name, Instant joined, Optional<Instant> left) {}

  /** What storing a batch did. */
  public record Stored(List<ClassEvent> stored, int duplicates, long last) {}

  public synchronized Optional<StoredClass> classNamed(String name) throws SQLException {
    try (PreparedStatement query =
        connection()
            .prepareStatement(
                "SELECT id, name, code, teacher_token_hash FROM classes WHERE name = ?")) {
      query.setString(1, name);
      try (ResultSet result = query.executeQuery()) {
        return result.next()
            ? Optional.of(
                new StoredClass(
                    result.getString(1),
                    result.getString(2),
                    result.getString(3),
                    result.getString(4)))
            : Optional.empty();
      }
    }
  }

  public synchronized void createClass(StoredClass created, Instant at) throws SQLException {
    try (PreparedStatement insert =
        connection()
            .prepareStatement(
                "INSERT INTO classes (id, name, code, teacher_token_hash, created_at)"
                    + " VALUES (?, ?, ?, ?, ?)")) {
      insert.setString(1, created.id());
      insert.setString(2, created.name());
      insert.setString(3, created.code());
      insert.setString(4, created.teacherTokenHash());
      insert.setString(5, at.toString());
      insert.executeUpdate();
    }
  }

  public synchronized void replaceTeacherToken(String classId, String hash) throws SQLException {
    try (PreparedStatement update =
        connection().prepareStatement("UPDATE classes SET teacher_token_hash = ? WHERE id = ?")) {
      update.setString(1, hash);
      update.setString(2, classId);
      update.executeUpdate();
    }
  }

  public synchronized void addLearner(StoredLearner learner, String tokenHash) throws SQLException {
    try (PreparedStatement insert =
        connection()
            .prepareStatement(
                "INSERT INTO learners (id, class_id, name, token_hash, joined_at) VALUES (?, ?, ?, ?, ?)")) {
      insert.setString(1, learner.id());
      insert.setString(2, learner.classId());
      insert.setString(3, learner.name());
      insert.setString(4, tokenHash);
      insert.setString(5, learner.joined().toString());
      insert.executeUpdate();
    }
  }

  /** The learner whose token has {@code hash}, unless it has left. */
  public synchronized Optional<StoredLearner> learnerWithToken(String hash) throws SQLException {
    try (PreparedStatement query =
        connection()
            .prepareStatement(
                "SELECT id, class_id, name, joined_at, left_at FROM learners"
                    + " WHERE token_hash = ? AND left_at IS NULL")) {
      query.setString(1, hash);
      try (ResultSet result = query.executeQuery()) {
        return result.next() ? Optional.of(learner(result)) : Optional.empty();
      }
    }
  }

  /**
   * The class's learners in the order they joined. Sorted here, not by SQL: the times are text of
   * varying length ({@code …:05Z}, {@code …:05.123Z}, {@code …:05.123456Z}), which neither SQLite's
   * nor a PostgreSQL collation orders as times.
   */
  public synchronized List<StoredLearner> learners(String classId) throws SQLException {
    try (PreparedStatement query =
        connection()
            .prepareStatement(
                "SELECT id, class_id, name, joined_at, left_at FROM learners WHERE class_id = ?")) {
      query.setString(1, classId);
      List<StoredLearner> learners = new ArrayList<>();
      try (ResultSet result = query.executeQuery()) {
        while (result.next()) {
          learners.add(learner(result));
        }
      }
      learners.sort(Comparator.comparing(StoredLearner::joined).thenComparing(StoredLearner::id));
      return learners;
    }
  }

  public synchronized void leave(String learnerId, Instant at) throws SQLException {
    try (PreparedStatement update =
        connection().prepareStatement("UPDATE learners SET left_at = ? WHERE id = ?")) {
      update.setString(1, at.toString());
      update.setString(2, learnerId);
      update.executeUpdate();
    }
  }

  /**
   * Stores {@code events} of the learner, committed when this returns; an event whose sequence
   * number is stored already is left out (the first one stays).
   *
   * <p>Group commit: the batches of callers who arrive while a transaction is being written wait
   * and then go together into the next one, written by whichever of them gets there first. Under a
   * class's load this makes one transaction (and one write of SQLite's log) of many requests
   * instead of one each, and no caller queues behind another's commit on its own.
   */
  public Stored store(String learnerId, List<ClassEvent> events, Instant received)
      throws SQLException {
    Pending pending = new Pending(learnerId, events, received);
    waiting.add(pending);
    while (!pending.done) {
      writer.lock();
      try {
        if (!pending.done) {
          List<Pending> group = new ArrayList<>();
          for (Pending next = waiting.poll(); next != null; next = waiting.poll()) {
            group.add(next);
          }
          writeGroup(group);
        }
      } finally {
        writer.unlock();
      }
    }
    if (pending.failure != null) {
      throw new SQLException(pending.failure.getMessage(), pending.failure);
    }
    return pending.result;
  }

  /** One caller's batch, and what became of it. */
  private static final class Pending {
    final String learnerId;
    final List<ClassEvent> events;
    final Instant received;
    volatile boolean done;
    Stored result;
    Exception failure;

    Pending(String learnerId, List<ClassEvent> events, Instant received) {
      this.learnerId = learnerId;
      this.events = events;
      this.received = received;
    }
  }

  /**
   * Writes the batches in one transaction; when that fails, each in a transaction of its own, so
   * that a failure is only its caller's.
   */
  private synchronized void writeGroup(List<Pending> group) {
    try {
      List<Stored> results = transaction(group);
      for (int i = 0; i < group.size(); i++) {
        group.get(i).result = results.get(i);
      }
    } catch (SQLException | RuntimeException groupFailed) {
      for (Pending alone : group) {
        try {
          alone.result = transaction(List.of(alone)).get(0);
        } catch (SQLException | RuntimeException e) {
          alone.failure = e;
        }
      }
    } finally {
      for (Pending pending : group) {
        if (pending.result == null && pending.failure == null) {
          pending.failure = new SQLException("the events were not stored: the writer failed");
        }
        pending.done = true; // never left waiting, whatever the writer met
      }
    }
  }

  private List<Stored> transaction(List<Pending> group) throws SQLException {
    Connection connection = connection();
    connection.setAutoCommit(false);
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO events (learner_id, seq, kind, lesson, step, happened_at, line,"
                + " received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
                + " ON CONFLICT (learner_id, seq) DO NOTHING")) {
      List<Stored> results = new ArrayList<>();
      for (Pending pending : group) {
        List<ClassEvent> stored = new ArrayList<>();
        for (ClassEvent event : pending.events) {
          insert.setString(1, pending.learnerId);
          insert.setLong(2, event.seq());
          insert.setString(3, event.kind().wire());
          insert.setString(4, event.lesson());
          insert.setString(5, event.step().orElse(null));
          insert.setString(6, event.time().toString());
          insert.setString(7, event.line().orElse(null));
          insert.setString(8, pending.received.toString());
          if (insert.executeUpdate() == 1) {
            stored.add(event);
          }
        }
        results.add(
            new Stored(stored, pending.events.size() - stored.size(), last(pending.learnerId)));
      }
      connection.commit();
      return results;
    } catch (SQLException | RuntimeException e) {
      connection.rollback();
      throw e;
    } finally {
      connection.setAutoCommit(true);
    }
  }

  private long last(String learnerId) throws SQLException {
    try (PreparedStatement query =
        connection().prepareStatement("SELECT MAX(seq) FROM events WHERE learner_id = ?")) {
      query.setString(1, learnerId);
      try (ResultSet result = query.executeQuery()) {
        return result.next() ? result.getLong(1) : 0;
      }
    }
  }

  /** Every event of the class's learners, learner by learner in sequence order. */
  public synchronized void events(String classId, Consumer<LearnerEvent> each) throws SQLException {
    try (PreparedStatement query =
        connection()
            .prepareStatement(
                "SELECT e.learner_id, e.seq, e.kind, e.lesson, e.step, e.happened_at, e.line,"
                    + " e.received_at FROM events e JOIN learners l ON l.id = e.learner_id"
                    + " WHERE l.class_id = ? ORDER BY e.learner_id, e.seq")) {
      query.setString(1, classId);
      try (ResultSet result = query.executeQuery()) {
        while (result.next()) {
          ClassEvent event =
              new ClassEvent(
                  result.getLong(2),
                  EventKind.of(result.getString(3)).orElseThrow(),
                  result.getString(4),
                  Optional.ofNullable(result.getString(5)),
                  Instant.parse(result.getString(6)),
                  Optional.ofNullable(result.getString(7)));
          each.accept(
              new LearnerEvent(result.getString(1), event, Instant.parse(result.getString(8))));
        }
      }
    }
  }

  /** An event with whose it is and when the server received it. */
  public record LearnerEvent(String learnerId, ClassEvent event, Instant received) {}

  private static StoredLearner learner(ResultSet result) throws SQLException {
    String left = result.getString(5);
    return new StoredLearner(
        result.getString(1),
        result.getString(2),
        result.getString(3),
        Instant.parse(result.getString(4)),
        Optional.ofNullable(left).map(Instant::parse));
  }

  @Override
  public synchronized void close() throws SQLException {
    closed = true;
    connection.close();
  }
}
