package io.docklab.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ForegroundCommandTest {
  @TempDir Path directory;
  private final ByteArrayOutputStream live = new ByteArrayOutputStream();

  static Stream<ProcessLauncher> launchers() {
    return Stream.of(new PipeLauncher(), new PtyLauncher(80, 24));
  }

  private ForegroundCommand start(ProcessLauncher launcher, String commandLine) throws Exception {
    return ForegroundCommand.start(
        launcher, new UserShell(Path.of("/bin/bash")), directory, commandLine, live);
  }

  @ParameterizedTest
  @MethodSource("launchers")
  void anInterruptReachesTheWholeProcessGroup(ProcessLauncher launcher) throws Exception {
    // The shell waits for sleep: only when sleep gets SIGINT too does this end at once.
    try (ForegroundCommand command = start(launcher, "echo started; sleep 600; echo after")) {
      awaitOutput(command, "started");
      CommandResult result = command.interrupt(Duration.ofSeconds(5));
      assertEquals(CommandResult.Ending.INTERRUPTED, result.ending());
      assertEquals(130, result.exitCode());
      assertFalse(command.isRunning());
      assertTrue(result.output().startsWith("started\n"), result.output());
      assertFalse(result.output().contains("after"), result.output());
    }
  }

  @ParameterizedTest
  @MethodSource("launchers")
  void aCommandThatIgnoresTheInterruptIsKilledAfterTheGrace(ProcessLauncher launcher)
      throws Exception {
    String deaf = "trap '' INT HUP; sleep 600 & echo $! > child.pid; echo started; wait";
    try (ForegroundCommand command = start(launcher, deaf)) {
      awaitOutput(command, "started");
      long began = System.nanoTime();
      CommandResult result = command.interrupt(Duration.ofMillis(700));
      Duration took = Duration.ofNanos(System.nanoTime() - began);
      assertEquals(CommandResult.Ending.KILLED, result.ending());
      assertFalse(command.isRunning());
      assertTrue(took.compareTo(Duration.ofMillis(600)) > 0, "took " + took);
      assertTrue(took.compareTo(Duration.ofSeconds(5)) < 0, "took " + took);
      long child = Long.parseLong(Files.readString(directory.resolve("child.pid")).strip());
      assertFalse(Processes.runsAfterAMoment(child), "the command's child still runs");
    }
  }

  @ParameterizedTest
  @MethodSource("launchers")
  void aCommandThatEndsByItselfReportsItsStatus(ProcessLauncher launcher) throws Exception {
    try (ForegroundCommand command = start(launcher, "echo done; exit 7")) {
      CommandResult result = command.waitFor();
      assertEquals(CommandResult.Ending.EXITED, result.ending());
      assertEquals(7, result.exitCode());
      assertEquals("done\n", result.output());
    }
  }

  static void awaitOutput(ForegroundCommand command, String text) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (!command.output().contains(text)) {
      assertTrue(System.nanoTime() < deadline, "no '" + text + "' in: " + command.output());
      Thread.sleep(20);
    }
  }
}
