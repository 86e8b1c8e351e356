package io.docklab.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The class server's benchmark in CI (bench/class-load.sh runs the same): 300 learners, one step
 * event each every 2 s for 60 s, against {@code docklab class serve} on port 22781. Asserts only
 * that it finished and lost nothing (sent = stored = shown); the timings are printed and written to
 * target/bench/class-load.txt, never asserted.
 */
@Timeout(300)
class ClassLoadBenchIT {
  @Test
  void threeHundredLearnersLoseNothing() throws Exception {
    ClassLoad.Options options =
        new ClassLoad.Options(
            300,
            Duration.ofSeconds(60),
            Duration.ofSeconds(2),
            22781,
            Path.of(System.getProperty("docklab.launcher", "bin/docklab")).toAbsolutePath(),
            Path.of("target/bench/class-load.txt"));
    ClassLoad.Figures figures = ClassLoad.run(options);
    assertTrue(figures.finished(), figures.report());
    int expected = 300 * 30;
    assertEquals(expected, figures.sent(), figures.report());
    assertEquals(expected, figures.stored(), figures.report());
    assertEquals(expected, figures.storedInTable(), figures.report());
    assertEquals(expected, figures.shown(), figures.report());
  }
}
