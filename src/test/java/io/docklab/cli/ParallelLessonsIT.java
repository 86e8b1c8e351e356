package io.docklab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code docklab test --jobs 2}: lessons that share nothing run at the same time (each waits, with
 * a deadline, for a mark the other leaves, so neither passes unless both run at once); lessons that
 * declare the same port run one after the other (the second starts after the first's lines are
 * printed); each lesson's lines stay together.
 */
class ParallelLessonsIT {
  @TempDir Path lessons;
  @TempDir Path marks;
  @TempDir Path home;

  private void lesson(String id, String port, String command) throws Exception {
    Files.writeString(
        lessons.resolve(id + ".yaml"),
        """
        id: %s
        languages: [en]
        title: Lesson %s
        summary: Marks a file.
        estimatedMinutes: 1
        requires:
          ports: [%s]
        steps:
          - id: mark
            title: Leave a mark
            actions:
              - kind: command
                run: %s
            checks:
              - kind: command
                run: test -e "$MARKS/%s-done"
                exitCode: 0
        """
            .formatted(id, id, port, command, id));
  }

  /** Leaves {@code id}, waits up to 60 s for {@code other}'s mark, then says it saw it. */
  private static String meet(String id, String other) {
    return ("'touch \"$MARKS/%1$s\"; for i in $(seq 600); do [ -e \"$MARKS/%2$s\" ] && break;"
            + " sleep 0.1; done; [ -e \"$MARKS/%2$s\" ] && touch \"$MARKS/%1$s-done\"'")
        .formatted(id, other);
  }

  @Test
  @Timeout(value = 5, unit = TimeUnit.MINUTES)
  void lessonsThatShareNothingRunSideBySideAndThoseThatCollideOneAfterTheOther() throws Exception {
    lesson("jobs-apart-a", "22755", meet("jobs-apart-a", "jobs-apart-b"));
    lesson("jobs-apart-b", "22756", meet("jobs-apart-b", "jobs-apart-a"));
    lesson("jobs-same-c", "22757", "'touch \"$MARKS/jobs-same-c-done\"'");
    lesson("jobs-same-d", "22757", "'touch \"$MARKS/jobs-same-d-done\"'");

    Launcher.Run run =
        Launcher.run(
            Duration.ofMinutes(4),
            Map.of("MARKS", marks.toString(), "DOCKLAB_HOME", home.toString()),
            "test",
            "--lang",
            "en",
            "--jobs",
            "2",
            lessons.toString());

    String output = run.output();
    assertEquals(ExitCode.OK, run.exitCode(), output);
    assertTrue(Files.exists(marks.resolve("jobs-apart-a-done")), output);
    assertTrue(Files.exists(marks.resolve("jobs-apart-b-done")), output);
    // c and d declare the same port: d starts only once c's block is printed (or the other way).
    int cBlock = output.indexOf("▶ jobs-same-c");
    int dBlock = output.indexOf("▶ jobs-same-d");
    int cStarted = output.indexOf("jobs-same-c started");
    int dStarted = output.indexOf("jobs-same-d started");
    assertTrue(cBlock >= 0 && dBlock >= 0 && cStarted >= 0 && dStarted >= 0, output);
    assertTrue(cStarted < dStarted ? cBlock < dStarted : dBlock < cStarted, output);
    // each lesson's lines together: its block header, then its step line, before another header
    for (String id : new String[] {"jobs-apart-a", "jobs-apart-b", "jobs-same-c", "jobs-same-d"}) {
      String block = output.substring(output.indexOf("▶ " + id));
      int next = block.indexOf("▶ ", 1);
      String own = next < 0 ? block : block.substring(0, next);
      assertTrue(own.contains("✓ mark"), id + " block:\n" + own + "\nwhole:\n" + output);
    }
  }

  @Test
  @Timeout(value = 2, unit = TimeUnit.MINUTES)
  void aJobCountOutOfRangeIsOneLine() throws Exception {
    lesson("jobs-range", "22758", "'true'");
    Launcher.Run run =
        Launcher.run(
            Duration.ofMinutes(1),
            Map.of("DOCKLAB_HOME", home.toString()),
            "test",
            "--lang",
            "en",
            "--jobs",
            "0",
            lessons.toString());
    assertEquals(ExitCode.USAGE, run.exitCode(), run.output());
    assertEquals("--jobs takes a number from 1 to 8, not 0", run.output().strip());
  }
}
