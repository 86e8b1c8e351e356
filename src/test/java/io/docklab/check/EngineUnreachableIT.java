package io.docklab.check;

import static io.docklab.check.CheckFixtures.NO_MESSAGE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.docklab.docker.EngineAccess;
import io.docklab.docker.EngineAddress;
import io.docklab.exec.Variables;
import io.docklab.exec.Workspace;
import io.docklab.i18n.Messages;
import io.docklab.lesson.check.CheckSpec;
import io.docklab.lesson.check.ContainerCheck;
import io.docklab.lesson.check.ContainerFileCheck;
import io.docklab.lesson.check.ContainerState;
import io.docklab.lesson.check.ImageCheck;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** With no engine at the address, engine checks fail with one sentence and nothing is thrown. */
class EngineUnreachableIT {
  @TempDir Path workspace;
  private Locale before;

  @BeforeEach
  void english() {
    before = Messages.locale();
    Messages.use(Locale.ENGLISH);
  }

  @AfterEach
  void restore() {
    Messages.use(before);
  }

  private Checks checksAt(String address) {
    return new Checks(
        new CheckContext(
            new EngineAccess(EngineAddress.at(URI.create(address))),
            Workspace.at(workspace),
            Variables.NONE,
            () -> "",
            Locale.ENGLISH));
  }

  private static final List<CheckSpec> ENGINE_CHECKS =
      List.of(
          new ContainerCheck(
              "python-demo",
              null,
              true,
              ContainerState.EXITED,
              null,
              List.of(),
              null,
              CheckFixtures.message("No python-demo.", "python-demo がありません。")),
          new ImageCheck("python:3.11-slim", true, null, null, null, null, null, null, NO_MESSAGE),
          new ContainerFileCheck("python-demo", null, "hello.py", true, null, NO_MESSAGE));

  @Test
  void aMissingSocketFailsEveryEngineCheck() throws Exception {
    String address = "unix:///tmp/docklab-it-checks-no-such.sock";
    try (Checks checks = checksAt(address)) {
      for (CheckSpec spec : ENGINE_CHECKS) {
        CheckResult result = checks.evaluate(spec);
        assertFalse(result.passed());
        assertTrue(result.engineUnreachable());
        assertEquals(
            "Docker engine not reachable at "
                + address
                + ": no socket at /tmp/docklab-it-checks-no-such.sock",
            result.sentence());
      }
      assertEquals("No python-demo.", checks.evaluate(ENGINE_CHECKS.get(0)).lessonMessage());
    }
  }

  @Test
  void aRefusedPortFailsAndAWaitEndsWithItsWindow() throws Exception {
    String address = "tcp://127.0.0.1:21007";
    try (Checks checks = checksAt(address)) {
      CheckResult once = checks.evaluate(ENGINE_CHECKS.get(1));
      assertTrue(once.engineUnreachable());
      assertEquals(
          "Docker engine not reachable at " + address + ": connection refused", once.sentence());

      long began = System.nanoTime();
      List<CheckResult> waited = checks.await(ENGINE_CHECKS, Duration.ofSeconds(1), () -> false);
      long tookMillis = (System.nanoTime() - began) / 1_000_000;
      assertTrue(waited.stream().allMatch(CheckResult::engineUnreachable), waited.toString());
      assertTrue(tookMillis < 3000, "the wait took " + tookMillis + " ms");
    }
  }
}
