package io.docklab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code docklab test} up to the point where it would need the engine: arguments, validation and
 * exit statuses, run in-process. The runs themselves are in SeedLessonsIT and BrokenSolutionsIT.
 */
class TestCommandTest extends InProcessCommandTest {
  @Test
  void invalidLessonsAreBadInputWithValidateStyleLinesAndNothingRuns() {
    int status =
        run(
            "--lang",
            "en",
            "test",
            "src/test/resources/broken/unknown-role.md",
            "src/test/resources/broken/bad-regex.yaml");
    assertEquals(ExitCode.USAGE, status);
    assertEquals(
        "src/test/resources/broken/unknown-role.md:11:9: unknown block role 'chek';"
            + " expected one of: command, file, input, ready, check, hint"
            + " (a plain block gives only its language)\n"
            + "src/test/resources/broken/bad-regex.yaml:12:20: invalid regular expression"
            + " 'friendlyhello\\s+(latest': Unclosed group (at index 23)\n"
            + "docklab test: 2 problem(s) in the lessons; nothing was run.\n",
        err.toString());
    assertEquals("", out.toString());
  }

  @Test
  void anUnknownLessonIdIsBadInput() {
    assertEquals(ExitCode.USAGE, run("--lang", "en", "test", "no-such-lesson"));
    assertTrue(
        err.toString()
            .startsWith("no-such-lesson: no such lesson file, directory or catalogue id\n"),
        err.toString());
  }

  @Test
  void aStepTheLessonDoesNotHaveIsBadInput() {
    assertEquals(
        ExitCode.USAGE, run("--lang", "en", "test", "image-by-hand", "--step", "nonexistent"));
    assertEquals(
        "lessons/image-by-hand.yaml: lesson image-by-hand has no step 'nonexistent'\n",
        err.toString());
  }

  @Test
  void stepAndFromTogetherAreBadUsage() {
    assertEquals(ExitCode.USAGE, run("test", "image-by-hand", "--step", "ps", "--from", "ps"));
    assertTrue(err.toString().contains("mutually exclusive"), err.toString());
  }

  @Test
  void theEmittedScriptIsValidBashWithTheLessonsCommandsInOrder(@TempDir Path dir)
      throws Exception {
    assertEquals(ExitCode.OK, run("test", "--emit-script", "lessons/"));
    String script = out.toString();
    int build = script.indexOf("docker build --tag=friendlyhello .");
    int server = script.indexOf("docker run -p 127.0.0.1:4000:80 friendlyhello &");
    int wait = script.indexOf("wait_http 'http://localhost:4000/' 'Hello World!'");
    int commit = script.indexOf("docker commit python-demo python-custom");
    assertTrue(0 < build && build < server && server < wait && wait < commit, script);
    assertTrue(script.contains("| script -qefc 'docker run --name python-demo -ti python bash'"));
    // Files given per language are written in the lesson's first language, as docklab test does.
    assertTrue(script.contains("# Use an official Python runtime as the parent image\n"), script);
    assertFalse(script.contains("# 公式 Python ランタイム"), script);
    Path file = dir.resolve("lessons.sh");
    Files.writeString(file, script, StandardCharsets.UTF_8);
    Process check = new ProcessBuilder("bash", "-n", file.toString()).inheritIO().start();
    assertEquals(0, check.waitFor());
  }
}
