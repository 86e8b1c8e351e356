package io.docklab.check;

import static io.docklab.check.CheckFixtures.NO_MESSAGE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.docklab.docker.DockerEngine;
import io.docklab.i18n.Messages;
import io.docklab.lesson.check.RegistryCheck;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * registry checks against the lab's real registry (127.0.0.1:5000, learner/docklab), after a tiny
 * image was pushed with the docker CLI and a throwaway login.
 */
class RegistryCheckIT {
  private static final String REGISTRY = "127.0.0.1:5000";
  private static final String REPOSITORY = "docklab-it-checks/x";
  private static final String IMAGE = REGISTRY + "/" + REPOSITORY + ":tiny";

  @TempDir static Path directory;
  private static Checks checks;
  private static DockerEngine engine;
  private static Locale before;

  @BeforeAll
  static void push() throws Exception {
    before = Messages.locale();
    Messages.use(Locale.ENGLISH);
    engine = DockerEngine.connect();
    Path tar = directory.resolve("rootfs.tar");
    try (OutputStream out = Files.newOutputStream(tar);
        TarArchiveOutputStream archive = new TarArchiveOutputStream(out)) {
      byte[] content = "docklab\n".getBytes();
      TarArchiveEntry entry = new TarArchiveEntry("hello.txt");
      entry.setSize(content.length);
      archive.putArchiveEntry(entry);
      archive.write(content);
      archive.closeArchiveEntry();
    }
    Path config = Files.createDirectories(directory.resolve("docker-config"));
    Map<String, String> environment = Map.of("DOCKER_CONFIG", config.toString());
    CheckFixtures.docker(directory, environment, "import", tar.toString(), IMAGE);
    ProcessBuilder login =
        new ProcessBuilder("docker", "login", REGISTRY, "--username", "learner", "--password-stdin")
            .redirectErrorStream(true);
    login.environment().putAll(environment);
    Process process = login.start();
    process.getOutputStream().write("docklab\n".getBytes());
    process.getOutputStream().close();
    String said = new String(process.getInputStream().readAllBytes());
    assertEquals(0, process.waitFor(), said);
    CheckFixtures.docker(directory, environment, "push", IMAGE);
    checks = new Checks(CheckFixtures.context(engine, directory));
  }

  @AfterAll
  static void tearDown() {
    checks.close();
    CheckFixtures.removeImage(engine, IMAGE);
    engine.close();
    Messages.use(before);
  }

  private static RegistryCheck check(String tag, String password, boolean exists) {
    return new RegistryCheck(REGISTRY, REPOSITORY, tag, "learner", password, exists, NO_MESSAGE);
  }

  @Test
  void aPushedTagIsThere() throws Exception {
    CheckResult result = checks.evaluate(check("tiny", "docklab", true));
    assertTrue(result.passed(), result.sentence());
    assertTrue(result.sentence().contains("sha256:"), result.sentence());
  }

  @Test
  void aMissingTagFails() throws Exception {
    CheckResult result = checks.evaluate(check("nope", "docklab", true));
    assertEquals(
        REGISTRY + "/" + REPOSITORY + ":nope: expected it in the registry, found no such tag",
        result.sentence());
    assertTrue(checks.evaluate(check("nope", "docklab", false)).passed());
  }

  @Test
  void aWrongPasswordFailsSayingSo() throws Exception {
    CheckResult result = checks.evaluate(check("tiny", "wrong", true));
    assertEquals(
        REGISTRY
            + "/"
            + REPOSITORY
            + ":tiny: the registry refused the login of learner (wrong user name or password)",
        result.sentence());
  }

  @Test
  void noCredentialsAreAskedFor() throws Exception {
    CheckResult result =
        checks.evaluate(
            new RegistryCheck(REGISTRY, REPOSITORY, null, null, null, true, NO_MESSAGE));
    assertEquals(
        REGISTRY
            + "/"
            + REPOSITORY
            + ":latest: the registry asks for a login, and the check gives no user name",
        result.sentence());
  }
}
