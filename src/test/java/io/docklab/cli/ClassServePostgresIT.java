package io.docklab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.docklab.classroom.PostgresServer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code docklab class serve --db jdbc:postgresql:…} through the built launcher against the tests'
 * PostgreSQL (127.0.0.1:22771): it serves the class there, and a wrong password, a missing database
 * or no server at all is one line, the password not shown.
 */
@Timeout(180)
class ClassServePostgresIT {
  private static final String ADDRESS = "127.0.0.1:22773";

  @TempDir Path teacherHome;

  @Test
  void aWrongPasswordAMissingDatabaseAndNoServerAreOneLineEach() throws Exception {
    PostgresServer server = PostgresServer.shared();
    String right = server.url(null);
    assertRefused(
        right.replaceAll("password=[^&]*", "password=not-it"),
        "password authentication failed for user \"docklab\"");
    assertRefused(
        right.replace("/docklab?", "/no_such_class?"), "database \"no_such_class\" does not exist");
    assertRefused(right.replace(":" + PostgresServer.PORT + "/", ":22779/"), "22779 refused");
  }

  @Test
  void theClassIsServedFromPostgresql() throws Exception {
    PostgresServer server = PostgresServer.shared();
    String schema = "t_" + UUID.randomUUID().toString().replace("-", "");
    server.create(schema);
    Path log = teacherHome.resolve("serve.log");
    Process serve = Launcher.start(log, Launcher.home(teacherHome), serveOn(server.url(schema)));
    try {
      String printed = Launcher.awaitOutput(log, "docklab class join ");
      assertTrue(printed.contains("Class code: "), printed);
      Launcher.Run status =
          Launcher.run(Launcher.home(teacherHome), "--lang", "en", "class", "status");
      assertEquals(0, status.exitCode(), status.output());
      assertTrue(status.output().contains("Docker 101"), status.output());
    } finally {
      Launcher.stop(serve);
      server.drop(schema);
    }
  }

  private void assertRefused(String url, String says) throws Exception {
    Launcher.Run run =
        Launcher.run(Duration.ofSeconds(60), Launcher.home(teacherHome), serveOn(url));
    assertNotEquals(0, run.exitCode(), run.output());
    String output = run.output().strip();
    assertEquals(1, output.lines().count(), output);
    assertTrue(output.startsWith("docklab class serve: cannot open the class database"), output);
    assertTrue(output.contains(says), output);
    assertTrue(output.contains("password=***"), output);
    assertFalse(output.contains("not-it"), output);
  }

  /**
   * {@code docklab class serve} of "Docker 101" on {@link #ADDRESS}, from the database {@code url}.
   */
  private static String[] serveOn(String url) {
    return new String[] {
      "--lang", "en", "class", "serve", "--listen", ADDRESS, "--db", url, "--name", "Docker 101"
    };
  }
}
