package io.docklab.classroom;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real PostgreSQL server from Debian's binaries for the tests: a cluster made by {@code initdb}
 * in a temporary directory, run by user {@code postgres} when the tests run as root, listening on
 * 127.0.0.1:22771 only (its socket in that directory), with a database and a password user made for
 * the tests. Started once per JVM on first use; stopped and deleted when the JVM ends, whether the
 * tests passed or not.
 */
public final class PostgresServer {
  /** Debian's PostgreSQL 15 binaries; {@code -Ddocklab.postgres.bin=DIR} for others. */
  static final Path BIN =
      Path.of(System.getProperty("docklab.postgres.bin", "/usr/lib/postgresql/15/bin"));

  public static final int PORT = 22771;
  static final String DATABASE = "docklab";
  static final String USER = "docklab";
  private static final Duration START = Duration.ofSeconds(60);
  private static final Duration COMMAND = Duration.ofSeconds(60);

  private static PostgresServer shared;
  private static RuntimeException failed;

  private final Path directory;
  private final String password;

  private PostgresServer(Path directory, String password) {
    this.directory = directory;
    this.password = password;
  }

  /** The server of this JVM, started on the first call. */
  public static synchronized PostgresServer shared() {
    if (failed != null) {
      throw failed;
    }
    if (shared == null) {
      try {
        shared = start();
      } catch (RuntimeException e) {
        failed = e;
        throw e;
      } catch (Exception e) {
        failed = new IllegalStateException("PostgreSQL for the tests did not start: " + e, e);
        throw failed;
      }
    }
    return shared;
  }

  /** The JDBC URL of the test database, as the test user, with {@code schema} searched first. */
  public String url(String schema) {
    return "jdbc:postgresql://127.0.0.1:"
        + PORT
        + "/"
        + DATABASE
        + "?user="
        + USER
        + "&password="
        + password
        + (schema == null ? "" : "&currentSchema=" + schema);
  }

  /** A connection as the test user, to the test database. */
  Connection connect() throws SQLException {
    return DriverManager.getConnection(url(null));
  }

  /** Runs the server's own {@code pg_dump} of {@code schema}: the text of everything it holds. */
  String dump(String schema) throws IOException, InterruptedException {
    List<String> command = asPostgres("pg_dump");
    command.addAll(List.of("-n", schema, DATABASE));
    return run(command);
  }

  private static PostgresServer start() throws Exception {
    for (String tool : List.of("initdb", "pg_ctl", "pg_isready", "psql", "pg_dump")) {
      if (!Files.isExecutable(BIN.resolve(tool))) {
        throw new IllegalStateException(
            "PostgreSQL 15's "
                + tool
                + " is missing in "
                + BIN
                + ": run ./install.sh --for-tests to install it for the tests");
      }
    }
    try (java.net.ServerSocket probe =
        new java.net.ServerSocket(PORT, 1, java.net.InetAddress.getLoopbackAddress())) {
      probe.setReuseAddress(true);
    } catch (IOException taken) {
      throw new IllegalStateException(
          "port "
              + PORT
              + " for the tests' PostgreSQL is taken (a server left by an earlier run? see"
              + " /tmp/docklab-pg-*)");
    }
    long began = System.nanoTime();
    Path directory = Files.createTempDirectory("docklab-pg-");
    PostgresServer server = new PostgresServer(directory, random());
    try {
      if (asRoot()) {
        server.run(List.of("chown", "postgres:postgres", directory.toString()));
      }
      server.initialise();
      server.run(
          List.of(
              BIN.resolve("pg_ctl").toString(),
              "-D",
              server.data().toString(),
              "-l",
              directory.resolve("server.log").toString(),
              "-W",
              "-o",
              "-c listen_addresses=127.0.0.1 -c port="
                  + PORT
                  + " -c unix_socket_directories="
                  + server.socketDirectory(),
              "start"));
      Runtime.getRuntime().addShutdownHook(new Thread(server::stopAndDelete, "postgres-stop"));
      server.awaitReady();
      server.psql(
          "CREATE ROLE " + USER + " LOGIN PASSWORD '" + server.password + "'",
          "CREATE DATABASE " + DATABASE + " OWNER " + USER);
      System.err.printf(
          "PostgreSQL for the tests: 127.0.0.1:%d, %s, started in %d ms%n",
          PORT, directory, (System.nanoTime() - began) / 1_000_000);
      return server;
    } catch (Exception | Error e) {
      server.stopAndDelete();
      throw e;
    }
  }

  private void initialise() throws IOException, InterruptedException {
    run(
        List.of(
            BIN.resolve("initdb").toString(),
            "-D",
            data().toString(),
            "-U",
            "postgres",
            "--auth-local=trust",
            "--auth-host=scram-sha-256",
            "--encoding=UTF8",
            "--locale=C.UTF-8",
            "--no-sync"));
  }

  /** Polls {@code pg_isready} on the TCP address until the server answers, or fails. */
  private void awaitReady() throws IOException, InterruptedException {
    long deadline = System.nanoTime() + START.toNanos();
    String last = "";
    while (System.nanoTime() < deadline) {
      Process ready =
          new ProcessBuilder(
                  BIN.resolve("pg_isready").toString(),
                  "-h",
                  "127.0.0.1",
                  "-p",
                  String.valueOf(PORT),
                  "-t",
                  "1")
              .redirectErrorStream(true)
              .start();
      last = new String(ready.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
      if (ready.waitFor(5, TimeUnit.SECONDS) && ready.exitValue() == 0) {
        return;
      }
      ready.destroyForcibly();
      TimeUnit.MILLISECONDS.sleep(100); // polling pg_isready, with a deadline
    }
    throw new IllegalStateException(
        "PostgreSQL did not get ready on 127.0.0.1:"
            + PORT
            + " within "
            + START.toSeconds()
            + " s ("
            + last
            + "); its log: "
            + log());
  }

  /** Runs each statement on its own (CREATE DATABASE refuses a transaction) as postgres. */
  private void psql(String... statements) throws IOException, InterruptedException {
    List<String> command = asPostgres("psql");
    command.addAll(List.of("-d", "postgres", "-v", "ON_ERROR_STOP=1", "-q"));
    for (String statement : statements) {
      command.add("-c");
      command.add(statement);
    }
    run(command);
  }

  /** The start of a command running {@code tool} against this server as the postgres user. */
  private List<String> asPostgres(String tool) {
    return new ArrayList<>(
        List.of(
            BIN.resolve(tool).toString(),
            "-h",
            socketDirectory().toString(),
            "-p",
            String.valueOf(PORT),
            "-U",
            "postgres"));
  }

  /** Stops the server if it runs and deletes its directory; never throws. */
  private void stopAndDelete() {
    try {
      if (Files.exists(data().resolve("postmaster.pid"))) {
        run(
            List.of(
                BIN.resolve("pg_ctl").toString(),
                "-D",
                data().toString(),
                "-m",
                "fast",
                "-w",
                "stop"));
      }
    } catch (Exception e) {
      System.err.println("PostgreSQL for the tests did not stop: " + e.getMessage());
    }
    try (Stream<Path> files = Files.walk(directory)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(file);
      }
    } catch (IOException e) {
      System.err.println("could not delete " + directory + ": " + e.getMessage());
    }
  }

  /** Runs {@code command} as user postgres (when root) in the server's directory; its output. */
  private String run(List<String> command) throws IOException, InterruptedException {
    List<String> full = new ArrayList<>();
    if (asRoot() && !command.get(0).equals("chown")) {
      full.addAll(List.of("runuser", "-u", "postgres", "--"));
    }
    full.addAll(command);
    Process process =
        new ProcessBuilder(full).directory(directory.toFile()).redirectErrorStream(true).start();
    process.getOutputStream().close();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(COMMAND.toSeconds(), TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new IllegalStateException(String.join(" ", command) + " did not end in time");
    }
    if (process.exitValue() != 0) {
      throw new IllegalStateException(
          String.join(" ", command) + " failed (" + process.exitValue() + "): " + output.strip());
    }
    return output;
  }

  private String log() {
    try {
      return Files.readString(directory.resolve("server.log"), StandardCharsets.UTF_8).strip();
    } catch (IOException e) {
      return "(none)";
    }
  }

  private Path data() {
    return directory.resolve("data");
  }

  private Path socketDirectory() {
    return directory;
  }

  private static boolean asRoot() {
    return "root".equals(System.getProperty("user.name"));
  }

  private static String random() {
    byte[] bytes = new byte[16];
    new SecureRandom().nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }

  /** Restarts the server (as a school's would be, for maintenance), dropping every connection. */
  void restart() throws IOException, InterruptedException {
    run(
        List.of(
            BIN.resolve("pg_ctl").toString(),
            "-D",
            data().toString(),
            "-l",
            directory.resolve("server.log").toString(),
            "-m",
            "fast",
            "-W",
            "restart"));
    awaitReady();
  }

  /** Drops {@code schema} with all it holds. */
  public void drop(String schema) throws SQLException {
    try (Connection connection = connect();
        Statement statement = connection.createStatement()) {
      statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    }
  }

  /** Makes an empty schema owned by the test user. */
  public void create(String schema) throws SQLException {
    try (Connection connection = connect();
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE SCHEMA " + schema);
    }
  }
}
