package io.docklab.lessontest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.docklab.lesson.Lesson;
import io.docklab.lesson.load.LessonLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bare-bash replay of {@code docklab test --emit-script} ends commands and waits as {@code
 * docklab test} does: a command meant to fail may fail, one that does not fail stops the script,
 * and a ready wait polls until its command succeeds. Run with the real bash; no Docker.
 */
@Timeout(60)
class ScriptEmitterFlowTest {
  @TempDir Path dir;

  private static Lesson lesson(String actions) {
    String yaml =
        "id: emit\nlanguages: [en]\ntitle: T\nsummary: S\nestimatedMinutes: 1\nsteps:\n"
            + "  - id: a\n    title: A\n    actions:\n"
            + actions
            + "    checks: [{kind: output, shows: x}]\n";
    return LessonLoader.load("emit.yaml", yaml).lesson().orElseThrow();
  }

  /** Runs the script; its exit status and what it printed on standard error. */
  private Object[] run(Lesson lesson) throws IOException, InterruptedException {
    Path script = dir.resolve("replay.sh");
    Files.writeString(script, ScriptEmitter.script(List.of(lesson)));
    Path err = dir.resolve("err.txt");
    Process process =
        new ProcessBuilder("bash", script.toString())
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .redirectError(err.toFile())
            .start();
    assertTrue(process.waitFor(50, TimeUnit.SECONDS));
    return new Object[] {process.exitValue(), Files.readString(err, StandardCharsets.UTF_8)};
  }

  @Test
  void commandsMeantToFailAndReadyWaitsReplay() throws Exception {
    Object[] result =
        run(
            lesson(
                "      - {kind: command, run: 'exit 3', exitCode: nonzero}\n"
                    + "      - {kind: command, run: 'exit 6', exitCode: 6}\n"
                    + "      - kind: command\n"
                    + "        run: '(sleep 1; touch up) >/dev/null 2>&1 &'\n"
                    + "        ready: {run: test -f up, within: 20s}\n"
                    + "      - {kind: command, run: cat up}\n"));
    assertEquals(0, result[0], (String) result[1]);
  }

  @Test
  void aCommandThatDoesNotFailAsExpectedStopsTheReplay() throws Exception {
    Object[] result = run(lesson("      - {kind: command, run: 'true', exitCode: nonzero}\n"));
    assertEquals(1, result[0]);
    assertTrue(
        ((String) result[1]).contains("expected exit status nonzero, got 0"), "" + result[1]);
  }
}
