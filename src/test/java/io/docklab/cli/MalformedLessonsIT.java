package io.docklab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
 * The malformed-lesson corpus through the real launcher: validate reports every file's errors and
 * exits 1, list shows the good lessons beside broken ones, test refuses with exit 2; never a stack
 * trace, never exit 70, never a hang on a FIFO or a device.
 */
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class MalformedLessonsIT {
  private static final Path CORPUS = Path.of("src/test/resources/malformed");
  private static final Duration LIMIT = Duration.ofSeconds(120);

  @TempDir Path home;

  private Map<String, String> environment() {
    return Map.of("DOCKLAB_HOME", home.toString(), "DOCKLAB_LESSONS", "", "LANG", "C.UTF-8");
  }

  private static void assertNoTrace(Launcher.Run run) {
    assertFalse(run.output().contains("Exception"), run.output());
    assertFalse(run.output().contains("at io."), run.output());
    assertFalse(run.output().contains("internal error"), run.output());
  }

  @Test
  void validateGivesEveryFileItsErrorsAndExitsOne() throws Exception {
    Launcher.Run run = Launcher.run(LIMIT, environment(), "validate", CORPUS.toString());
    assertEquals(1, run.exitCode(), run.output());
    assertNoTrace(run);
    long files;
    try (var list = Files.list(CORPUS)) {
      files = list.filter(path -> !path.toString().endsWith(".txt")).count();
    }
    long reported =
        run.output()
            .lines()
            .filter(line -> line.startsWith(CORPUS + "/"))
            .map(line -> line.substring(0, line.indexOf(':')))
            .distinct()
            .count();
    assertEquals(files, reported, run.output());
  }

  @Test
  void aFifoAndALinkToADeviceAreOneErrorEachAndNoHang() throws Exception {
    Path lessons = Files.createDirectory(home.resolve("special"));
    Path fifo = lessons.resolve("fifo.yaml");
    assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
    Path zero = Files.createSymbolicLink(lessons.resolve("zero.md"), Path.of("/dev/zero"));
    Launcher.Run run =
        Launcher.run(
            Duration.ofSeconds(60), environment(), "validate", fifo.toString(), zero.toString());
    assertEquals(1, run.exitCode(), run.output());
    assertNoTrace(run);
    assertTrue(run.output().contains(fifo + ": expected a regular file"), run.output());
    assertTrue(run.output().contains(zero + ": expected a regular file"), run.output());
  }

  @Test
  void listShowsTheGoodLessonsBesideABrokenOne() throws Exception {
    Path lessons = Files.createDirectory(home.resolve("lessons"));
    String good = Files.readString(Path.of("lessons/image-by-hand.yaml"));
    Files.writeString(
        lessons.resolve("good.yaml"), good.replaceFirst("(?m)^id: image-by-hand", "id: good-one"));
    Files.copy(CORPUS.resolve("very-deep-nesting.yaml"), lessons.resolve("deep.yaml"));
    Files.copy(CORPUS.resolve("lone-cr-in-text.md"), lessons.resolve("cr.md"));
    Files.createSymbolicLink(lessons.resolve("zero.md"), Path.of("/dev/zero"));
    Launcher.Run run = Launcher.run(LIMIT, environment(), "list", "--lessons", lessons.toString());
    assertEquals(0, run.exitCode(), run.output());
    assertNoTrace(run);
    assertTrue(run.output().contains("get-started-part2 "), run.output());
    assertTrue(run.output().contains("good-one "), run.output());
    assertTrue(run.output().contains(lessons.resolve("deep.yaml") + ":1:68: "), run.output());
    assertTrue(run.output().contains(lessons.resolve("cr.md") + ":34:1: "), run.output());
  }

  @Test
  void testRefusesInvalidLessonsWithExitTwo() throws Exception {
    Launcher.Run run =
        Launcher.run(
            LIMIT, environment(), "test", CORPUS.resolve("within-long-overflow.yaml").toString());
    assertEquals(2, run.exitCode(), run.output());
    assertNoTrace(run);
    assertTrue(run.output().contains("at most a day"), run.output());
  }
}
