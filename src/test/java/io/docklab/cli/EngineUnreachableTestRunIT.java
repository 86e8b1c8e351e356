package io.docklab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code docklab test} with no engine to talk to: exit status 3 and one line, no trace. */
class EngineUnreachableTestRunIT {
  @Test
  void noEngineIsExitStatusThreeWithOneLine() throws Exception {
    Launcher.Run run =
        Launcher.run(
            Map.of("DOCKER_HOST", "unix:///nonexistent/docklab-it-test.sock"),
            "test",
            "--lang",
            "en",
            "src/test/resources/broken-solutions/passes-before.yaml");
    assertEquals(ExitCode.ENGINE_UNREACHABLE, run.exitCode(), run.output());
    assertTrue(
        run.output().startsWith("Docker engine not reachable at unix:///nonexistent/"),
        run.output());
    assertEquals(1, run.output().lines().count(), run.output());
    assertFalse(run.output().contains("Exception"), run.output());
  }

  @Test
  void invalidLessonsAreReportedBeforeTheEngineIsAsked() throws Exception {
    Launcher.Run run =
        Launcher.run(
            Map.of("DOCKER_HOST", "unix:///nonexistent/docklab-it-test.sock"),
            "test",
            "--lang",
            "en",
            "src/test/resources/broken/bad-regex.yaml");
    assertEquals(ExitCode.USAGE, run.exitCode(), run.output());
    assertTrue(run.output().startsWith("src/test/resources/broken/bad-regex.yaml:12:20: "));
  }
}
