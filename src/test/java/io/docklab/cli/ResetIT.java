package io.docklab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.dockerjava.api.exception.NotFoundException;
import io.docklab.docker.DockerEngine;
import io.docklab.docker.Leftovers;
import io.docklab.exec.CommandResult;
import io.docklab.exec.InteractiveRun;
import io.docklab.exec.PtyLauncher;
import io.docklab.exec.ScriptedInput;
import io.docklab.exec.ShellQuoting;
import io.docklab.exec.UserShell;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code docklab reset} out of process, on a throwaway lesson whose objects it really removes. */
class ResetIT {
  private static final String LESSON = "docklab-it-steps-reset";
  private static final String WEB = "docklab-it-steps-reset-web";
  private static final String WEB_2 = "docklab-it-steps-reset-web-2";
  private static final String IMAGE = "docklab-it-steps-reset-img";

  @TempDir Path lessons;
  @TempDir Path home;
  private DockerEngine engine;

  @BeforeEach
  void setUp() throws Exception {
    engine = DockerEngine.connect();
    removeOurs();
    Files.writeString(
        lessons.resolve("reset.yaml"),
        String.join(
            "\n",
            "id: " + LESSON,
            "languages: [en]",
            "title: Reset test",
            "summary: A lesson that the reset test resets.",
            "estimatedMinutes: 1",
            "creates:",
            "  containers: [" + WEB + "]",
            "  images: [" + IMAGE + "]",
            "  files: [note.txt]",
            "intro: Nothing to do.",
            "steps:",
            "  - id: only",
            "    title: Only",
            "    text: Nothing to do.",
            "    actions:",
            "      - kind: command",
            "        run: docker ps",
            "    checks:",
            "      - kind: output",
            "        shows: CONTAINER",
            ""));
    engine.client().tagImageCmd("python:3.11-slim", IMAGE, "latest").exec();
    engine.client().createContainerCmd("python:3.11-slim").withName(WEB).exec();
    engine.client().createContainerCmd("python:3.11-slim").withName(WEB_2).exec();
    Path workspace = Files.createDirectories(home.resolve("workspaces").resolve(LESSON));
    Files.writeString(workspace.resolve("note.txt"), "made by the lesson\n");
  }

  @AfterEach
  void cleanUp() {
    removeOurs();
    engine.close();
  }

  private void removeOurs() {
    Leftovers.removeContainer(engine, WEB);
    Leftovers.removeContainer(engine, WEB_2);
    try {
      engine.client().removeImageCmd(IMAGE).exec();
    } catch (NotFoundException absent) {
      // Not there.
    }
  }

  private Launcher.Run reset(String... more) throws Exception {
    String[] arguments = new String[5 + more.length];
    arguments[0] = "--lang";
    arguments[1] = "en";
    arguments[2] = "--lessons";
    arguments[3] = lessons.toString();
    arguments[4] = "reset";
    System.arraycopy(more, 0, arguments, 5, more.length);
    return Launcher.run(Map.of("DOCKLAB_HOME", home.toString()), arguments);
  }

  @Test
  void withYesRemovesWhatTheLessonCreatesAndNothingElse() throws Exception {
    Files.writeString(
        home.resolve("progress.json"),
        "{\"version\":1,\"lessons\":{\""
            + LESSON
            + "\":{\"done\":[\"a\"],\"current\":\"b\"},"
            + "\"other\":{\"done\":[\"x\"],\"current\":\"y\"}}}");
    Launcher.Run run = reset(LESSON, "--yes");
    assertEquals(0, run.exitCode(), run.output());
    assertTrue(run.output().contains("docklab reset " + LESSON + " removes"), run.output());
    assertTrue(run.output().contains("  container " + WEB + "\n"), run.output());
    assertTrue(run.output().contains("  removed container " + WEB + "\n"), run.output());
    assertTrue(run.output().contains("  removed image " + IMAGE + ":latest\n"), run.output());
    assertTrue(run.output().contains("  removed file note.txt\n"), run.output());
    assertTrue(run.output().contains("3 thing(s) removed"), run.output());
    assertFalse(containerExists(WEB));
    assertTrue(containerExists(WEB_2), "a container with a similar name was removed");
    assertFalse(engine.hasImage(IMAGE));
    assertTrue(engine.hasImage("python:3.11-slim"));
    assertFalse(Files.exists(home.resolve("workspaces").resolve(LESSON).resolve("note.txt")));
    assertTrue(run.output().contains("your progress in the lesson is cleared"), run.output());
    String progress = Files.readString(home.resolve("progress.json"));
    assertFalse(progress.contains(LESSON), progress);
    assertTrue(progress.contains("\"other\""), "another lesson's progress was lost: " + progress);
  }

  @Test
  void withoutATerminalOrYesItRefusesAndRemovesNothing() throws Exception {
    Launcher.Run run = reset(LESSON);
    assertEquals(ExitCode.USAGE, run.exitCode(), run.output());
    assertTrue(
        run.output().contains("no terminal to confirm on; add --yes to remove without asking"),
        run.output());
    assertTrue(containerExists(WEB));
    assertTrue(engine.hasImage(IMAGE));
  }

  @Test
  void onATerminalItAsksFirst() throws Exception {
    Path launcher = Path.of(System.getProperty("docklab.launcher", "bin/docklab")).toAbsolutePath();
    String commandLine =
        "DOCKLAB_HOME="
            + ShellQuoting.quote(home.toString())
            + " "
            + ShellQuoting.quote(launcher.toString())
            + " --lang en --lessons "
            + ShellQuoting.quote(lessons.toString())
            + " reset "
            + LESSON;
    InteractiveRun terminal =
        new InteractiveRun(
            new PtyLauncher(100, 24),
            new UserShell(Path.of("/bin/bash")),
            new ByteArrayOutputStream());

    CommandResult declined =
        terminal.run(
            commandLine,
            home,
            ScriptedInput.lines("n").withPrompt("\\[y/N\\] $"),
            Duration.ofSeconds(60));
    assertEquals(0, declined.exitCode(), declined.output());
    assertTrue(declined.output().contains("nothing removed"), declined.output());
    assertTrue(containerExists(WEB));

    CommandResult accepted =
        terminal.run(
            commandLine,
            home,
            ScriptedInput.lines("y").withPrompt("\\[y/N\\] $"),
            Duration.ofSeconds(60));
    assertEquals(0, accepted.exitCode(), accepted.output());
    assertTrue(accepted.output().contains("removed container " + WEB), accepted.output());
    assertFalse(containerExists(WEB));
  }

  @Test
  void anUnknownLessonIsAUsageError() throws Exception {
    Launcher.Run run = reset("no-such-lesson", "--yes");
    assertEquals(ExitCode.USAGE, run.exitCode(), run.output());
    assertTrue(run.output().contains("no lesson 'no-such-lesson'"), run.output());
  }

  private boolean containerExists(String name) {
    try {
      engine.client().inspectContainerCmd(name).exec();
      return true;
    } catch (NotFoundException absent) {
      return false;
    }
  }
}
