package io.docklab.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InteractiveRunTest {
  @TempDir Path directory;
  private final ByteArrayOutputStream live = new ByteArrayOutputStream();
  private final InteractiveRun run =
      new InteractiveRun(new PtyLauncher(80, 24), new UserShell(Path.of("/bin/bash")), live);

  @Test
  void typesEachLineWhenTheProgramWaitsForIt() throws Exception {
    String program =
        "read -p 'name? ' name; sleep 0.5; read -p 'colour? ' colour;"
            + " echo \"$name likes $colour\"; [ -t 0 ] && echo on-a-terminal";
    CommandResult result =
        run.run(program, directory, ScriptedInput.lines("Ada", "blue"), Duration.ofSeconds(20));
    assertEquals(CommandResult.Ending.EXITED, result.ending());
    assertEquals(0, result.exitCode());
    assertTrue(result.output().contains("Ada likes blue\non-a-terminal\n"), result.output());
    // Typed only once asked: each answer follows its own question, not the sleep before it.
    assertTrue(result.output().contains("name? Ada\ncolour? blue\n"), result.output());
    assertTrue(result.duration().compareTo(Duration.ofSeconds(10)) < 0, result.toString());
  }

  @Test
  void typesAtOnceWhenThePromptAppears() throws Exception {
    String program = "while read -p 'ready> ' line; do echo \"got $line\"; done";
    CommandResult result =
        run.run(
            program,
            directory,
            ScriptedInput.lines("one", "two").withPrompt("ready> $"),
            Duration.ofSeconds(3));
    assertTrue(result.output().contains("got one\n"), result.output());
    assertTrue(result.output().contains("got two\n"), result.output());
    assertTrue(result.timedOut(), "the loop never ends by itself");
  }

  @Test
  void killsACommandThatOutlivesItsBoundWithItsChildren() throws Exception {
    Path pidFile = directory.resolve("child.pid");
    // Deaf to the hangup of the terminal closing: only a kill of the whole group ends them.
    String program = "trap '' HUP; sleep 600 & echo $! > child.pid; while :; do sleep 1; done";
    long began = System.nanoTime();
    CommandResult result = run.run(program, directory, ScriptedInput.NONE, Duration.ofMillis(1500));
    Duration took = Duration.ofNanos(System.nanoTime() - began);
    assertTrue(result.timedOut(), result.toString());
    assertTrue(took.compareTo(Duration.ofSeconds(8)) < 0, "took " + took);
    long child = Long.parseLong(Files.readString(pidFile).strip());
    assertFalse(Processes.runsAfterAMoment(child), "the command's child still runs");
  }
}
