package io.docklab.check;

import io.docklab.docker.DockerEngine;
import io.docklab.docker.Leftovers;
import io.docklab.i18n.Messages;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * Base of the integration tests that evaluate checks against the real engine, in English: an
 * engine, checks on a temporary workspace, and the test's containers removed before and after each
 * test.
 */
abstract class EngineCheckTest {
  @TempDir Path workspace;
  DockerEngine engine;
  Checks checks;
  private Locale before;

  /** The names of the containers the tests may leave behind. */
  abstract List<String> containers();

  @BeforeEach
  void connect() {
    before = Messages.locale();
    Messages.use(Locale.ENGLISH);
    engine = DockerEngine.connect();
    containers().forEach(name -> Leftovers.removeContainer(engine, name));
    checks = new Checks(CheckFixtures.context(engine, workspace));
  }

  @AfterEach
  void cleanUp() {
    checks.close();
    containers().forEach(name -> Leftovers.removeContainer(engine, name));
    engine.close();
    Messages.use(before);
  }
}
