package io.docklab.check;

import static io.docklab.check.CheckFixtures.BASE_IMAGE;
import static io.docklab.check.CheckFixtures.NO_MESSAGE;
import static io.docklab.check.CheckFixtures.PREFIX;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.docklab.docker.DockerEngine;
import io.docklab.docker.Leftovers;
import io.docklab.i18n.Messages;
import io.docklab.lesson.check.ContainerCheck;
import io.docklab.lesson.check.ContainerFileCheck;
import io.docklab.lesson.check.ContainerState;
import io.docklab.lesson.check.ImageCheck;
import io.docklab.lesson.check.Matcher;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** container, image and containerFile checks against the real engine: each passes and fails. */
class EngineChecksIT {
  private static final String EXITED = PREFIX + "exited";
  private static final String RUNNING = PREFIX + "running";
  private static final String BUILT = PREFIX + "built";
  private static final String TAGGED = PREFIX + "tagged:v1";
  private static final int PORT = 21001;

  @TempDir static Path workspace;
  private static DockerEngine engine;
  private static Checks checks;
  private static Locale before;

  @BeforeAll
  static void setUp() throws Exception {
    before = Messages.locale();
    Messages.use(Locale.ENGLISH);
    engine = DockerEngine.connect();
    Files.writeString(workspace.resolve("hello.py"), "print(\"Hello World!\")\n");
    Files.writeString(
        workspace.resolve("Dockerfile"),
        String.join(
            "\n",
            "FROM " + BASE_IMAGE,
            "WORKDIR /app",
            "ENV NAME=World",
            "EXPOSE 80",
            "LABEL maintainer=docklab",
            "COPY hello.py /hello.py",
            "CMD [\"python\", \"/hello.py\"]",
            ""));
    CheckFixtures.docker(workspace, Map.of(), "build", "-q", "-t", BUILT, ".");
    engine.client().tagImageCmd(BASE_IMAGE, PREFIX + "tagged", "v1").exec();
    CheckFixtures.start(engine, EXITED, BASE_IMAGE, "python3", "-c", "print('Hello World!')");
    CheckFixtures.awaitExit(engine, EXITED);
    CheckFixtures.start(engine, RUNNING, TAGGED, CheckFixtures.port(PORT, 8000), "sleep", "120");
    checks = new Checks(CheckFixtures.context(engine, workspace));
  }

  @AfterAll
  static void tearDown() {
    checks.close();
    Leftovers.removeContainer(engine, EXITED);
    Leftovers.removeContainer(engine, RUNNING);
    CheckFixtures.removeImage(engine, BUILT);
    CheckFixtures.removeImage(engine, TAGGED);
    engine.close();
    Messages.use(before);
  }

  private static ContainerCheck container(
      String name,
      String image,
      boolean exists,
      ContainerState state,
      Integer exitCode,
      List<String> ports,
      Matcher logs) {
    return new ContainerCheck(name, image, exists, state, exitCode, ports, logs, NO_MESSAGE);
  }

  @Test
  void anExitedContainerPassesItsStateExitCodeAndLogs() throws Exception {
    CheckResult result =
        checks.evaluate(
            container(
                EXITED,
                null,
                true,
                ContainerState.EXITED,
                0,
                List.of(),
                Matcher.contains("Hello World!")));
    assertTrue(result.passed(), result.sentence());
    assertEquals(
        "container " + EXITED + ": found " + EXITED + " (exited (0)), as expected",
        result.sentence());
  }

  @Test
  void theWrongStateFailsWithExpectedAndFound() throws Exception {
    var spec =
        new ContainerCheck(
            EXITED,
            null,
            true,
            ContainerState.RUNNING,
            null,
            List.of(),
            null,
            CheckFixtures.message("Start it again.", "もう一度起動してください。"));
    CheckResult result = checks.evaluate(spec);
    assertFalse(result.passed());
    assertFalse(result.engineUnreachable());
    assertEquals(
        "container " + EXITED + ": expected state running, found exited (0)", result.sentence());
    assertEquals("Start it again.", result.lessonMessage());
  }

  @Test
  void logsThatLackTheTextFailShowingTheirEnd() throws Exception {
    CheckResult result =
        checks.evaluate(
            container(EXITED, null, true, null, null, List.of(), Matcher.contains("Goodbye")));
    assertEquals(
        "container " + EXITED + ": expected logs to contain 'Goodbye', found 'Hello World!'",
        result.sentence());
  }

  @Test
  void aMissingContainerFailsAndAnAbsentOnePasses() throws Exception {
    String missing = PREFIX + "never-made";
    CheckResult result =
        checks.evaluate(container(missing, null, true, null, null, List.of(), null));
    assertEquals(
        "container " + missing + ": expected it to exist, found no such container",
        result.sentence());
    assertTrue(
        checks.evaluate(container(missing, null, false, null, null, List.of(), null)).passed());
  }

  @Test
  void aContainerFoundByItsImagePublishesItsPort() throws Exception {
    CheckResult result =
        checks.evaluate(
            container(
                null,
                TAGGED,
                true,
                ContainerState.RUNNING,
                null,
                List.of("127.0.0.1:" + PORT + ":8000"),
                null));
    assertTrue(result.passed(), result.sentence());
    CheckResult wrongPort =
        checks.evaluate(
            container(RUNNING, null, true, null, null, List.of("127.0.0.1:21002:8000"), null));
    assertEquals(
        "container "
            + RUNNING
            + ": expected port 127.0.0.1:21002:8000 published, found 127.0.0.1:21001:8000/tcp",
        wrongPort.sentence());
  }

  @Test
  void aRunningContainerHasNoExitCodeYet() throws Exception {
    CheckResult result = checks.evaluate(container(RUNNING, null, true, null, 0, List.of(), null));
    assertEquals(
        "container " + RUNNING + ": expected exit code 0, found it running", result.sentence());
  }

  @Test
  void noContainerOfAnImageMayRunWhenOneDoes() throws Exception {
    CheckResult result =
        checks.evaluate(
            container(null, TAGGED, false, ContainerState.RUNNING, null, List.of(), null));
    assertEquals(
        "container of image " + TAGGED + ": expected none, found " + RUNNING + " (running)",
        result.sentence());
  }

  @Test
  void anImagePassesItsMetadataWithTheTagLatestImplied() throws Exception {
    CheckResult result =
        checks.evaluate(
            new ImageCheck(
                BUILT,
                true,
                List.of("python", "/hello.py"),
                List.of(),
                "/app",
                Map.of("NAME", "World"),
                List.of("80/tcp"),
                Map.of("maintainer", "docklab"),
                NO_MESSAGE));
    assertTrue(result.passed(), result.sentence());
  }

  @Test
  void anImageWithAnotherCmdFails() throws Exception {
    CheckResult result =
        checks.evaluate(
            new ImageCheck(
                BUILT + ":latest",
                true,
                List.of("bash"),
                null,
                null,
                null,
                null,
                null,
                NO_MESSAGE));
    assertEquals(
        "image " + BUILT + ":latest: expected CMD [bash], found [python, /hello.py]",
        result.sentence());
    CheckResult env =
        checks.evaluate(
            new ImageCheck(
                BUILT, true, null, null, null, Map.of("NAME", "Moon"), null, null, NO_MESSAGE));
    assertEquals("image " + BUILT + ": expected ENV NAME=Moon, found NAME=World", env.sentence());
  }

  @Test
  void aMissingImageFailsAndItsAbsencePasses() throws Exception {
    String missing = PREFIX + "no-such-image:v9";
    CheckResult result =
        checks.evaluate(
            new ImageCheck(missing, true, null, null, null, null, null, null, NO_MESSAGE));
    assertEquals(
        "image " + missing + ": expected it to exist, found no such image", result.sentence());
    assertTrue(
        checks
            .evaluate(
                new ImageCheck(missing, false, null, null, null, null, null, null, NO_MESSAGE))
            .passed());
  }

  @Test
  void aFileInAStoppedContainerIsReadFromItsWorkingDirectory() throws Exception {
    CheckResult result =
        checks.evaluate(
            new ContainerFileCheck(EXITED, null, "etc/hostname", true, null, NO_MESSAGE));
    assertTrue(result.passed(), result.sentence());
    CheckResult missing =
        checks.evaluate(new ContainerFileCheck(EXITED, null, "/hello.py", true, null, NO_MESSAGE));
    assertEquals(
        "file /hello.py in container " + EXITED + ": expected it to exist, found no such file",
        missing.sentence());
  }

  @Test
  void aFileInAnImageIsReadThroughAThrowawayContainer() throws Exception {
    CheckResult result =
        checks.evaluate(
            new ContainerFileCheck(
                null, BUILT, "/hello.py", true, Matcher.contains("Hello World!"), NO_MESSAGE));
    assertTrue(result.passed(), result.sentence());
    CheckResult wrong =
        checks.evaluate(
            new ContainerFileCheck(
                null,
                BUILT,
                "/hello.py",
                true,
                Matcher.not(Matcher.contains("Hello")),
                NO_MESSAGE));
    assertEquals(
        "file /hello.py in image "
            + BUILT
            + ": expected content to not contain 'Hello', found 'print(\"Hello World!\")'",
        wrong.sentence());
    CheckResult relative =
        checks.evaluate(new ContainerFileCheck(null, BUILT, "missing.txt", true, null, NO_MESSAGE));
    assertEquals(
        "file missing.txt in image " + BUILT + ": expected it to exist, found no such file",
        relative.sentence());
    assertTrue(noProbeLeftWithin(5000), "a throwaway container was left behind");
  }

  /** Whether the throwaway containers made from this test's image {@link #BUILT} are gone. */
  private static boolean noProbeLeftWithin(long millis) throws InterruptedException {
    long deadline = System.currentTimeMillis() + millis;
    while (true) {
      boolean left =
          engine
              .client()
              .listContainersCmd()
              .withShowAll(true)
              .withAncestorFilter(List.of(BUILT))
              .withLabelFilter(Map.of("io.docklab.probe", "true"))
              .exec()
              .stream()
              .flatMap(container -> List.of(container.getNames()).stream())
              .anyMatch(name -> name.contains(Probes.PREFIX));
      if (!left) {
        return true;
      }
      if (System.currentTimeMillis() > deadline) {
        return false;
      }
      Thread.sleep(100);
    }
  }

  @Test
  void symbolicLinksAreFollowed() throws Exception {
    // Debian's /etc/os-release is a link to ../usr/lib/os-release.
    CheckResult exists =
        checks.evaluate(
            new ContainerFileCheck(RUNNING, null, "/etc/os-release", true, null, NO_MESSAGE));
    assertTrue(exists.passed(), exists.sentence());
    CheckResult content =
        checks.evaluate(
            new ContainerFileCheck(
                EXITED, null, "/etc/os-release", true, Matcher.contains("bookworm"), NO_MESSAGE));
    assertTrue(content.passed(), content.sentence());
  }

  @Test
  void aDirectoryOrAMissingContainerIsNotAFile() throws Exception {
    CheckResult directory =
        checks.evaluate(new ContainerFileCheck(EXITED, null, "/etc", true, null, NO_MESSAGE));
    assertEquals(
        "file /etc in container " + EXITED + ": expected a file, found a directory",
        directory.sentence());
    String missing = PREFIX + "never-made";
    CheckResult noContainer =
        checks.evaluate(
            new ContainerFileCheck(missing, null, "/etc/hostname", true, null, NO_MESSAGE));
    assertEquals(
        "file /etc/hostname in container "
            + missing
            + ": expected it to exist, found no container "
            + missing,
        noContainer.sentence());
    assertTrue(
        checks
            .evaluate(
                new ContainerFileCheck(RUNNING, null, "/etc/nothing-here", false, null, NO_MESSAGE))
            .passed());
  }

  @Test
  void aFailureReadsInJapaneseToo() throws Exception {
    Messages.use(Locale.JAPANESE);
    try {
      var spec =
          new ContainerCheck(
              EXITED,
              null,
              true,
              ContainerState.RUNNING,
              null,
              List.of(),
              null,
              CheckFixtures.message("Start it again.", "もう一度起動してください。"));
      CheckResult result =
          new Checks(CheckFixtures.context(engine, workspace, () -> "", Locale.JAPANESE))
              .evaluate(spec);
      assertEquals("コンテナー " + EXITED + ": 状態は running のはずですが、exited (0) です", result.sentence());
      assertEquals("もう一度起動してください。", result.lessonMessage());
    } finally {
      Messages.use(Locale.ENGLISH);
    }
  }
}
