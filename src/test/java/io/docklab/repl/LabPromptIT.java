package io.docklab.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.docklab.progress.ProgressStore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The lab prompt as a shell, in the real lab in tmux, on a test lesson that needs no Docker: Ctrl-C
 * while {@code :solve} runs the reference solution stops the solution's command at once (a plain
 * one and one on a terminal) and gives the prompt back with the step not done; what one command
 * leaves for the next (its directory, the variables it exported); and {@code docklab} typed there.
 */
class LabPromptIT {
  private static final Path LESSONS =
      Path.of("src/test/resources/solve-interrupt").toAbsolutePath();
  private static final String LESSON = "docklab-it-solve-interrupt";
  private static final String PROMPT = "docklab[" + LESSON + " 1/2]$";

  /** The solutions sleep 120 s or wait 60 s for input: the prompt must be back far sooner. */
  private static final Duration BACK = Duration.ofSeconds(5);

  /** Makes this run's tmux sockets its own. */
  private static final String RUN = UUID.randomUUID().toString().substring(0, 8);

  @TempDir Path home;

  private Tmux startLab(String socket) throws Exception {
    Tmux terminal = new Tmux(socket + "-" + RUN, List.of("DOCKLAB_HOME=" + home));
    terminal.start("--lang", "en", "--lessons", LESSONS.toString(), "start", LESSON);
    terminal.waitFor(PROMPT, Duration.ofSeconds(20));
    return terminal;
  }

  /**
   * Waits until the solution's {@code command} runs: a process in the lesson's workspace (this
   * test's own, under its DOCKLAB_HOME) with it on its command line. The screen shows the command
   * before it is asked to run, so it cannot tell.
   */
  private void awaitRunning(String command) throws Exception {
    // Made as the solution starts; /proc gives a process's directory as a real path.
    Path workspace = home.toRealPath().resolve("workspaces").resolve(LESSON);
    long deadline = System.nanoTime() + BACK.toNanos();
    while (!runningIn(workspace, command)) {
      assertTrue(System.nanoTime() < deadline, "`" + command + "` did not start within " + BACK);
      Thread.sleep(20); // polling, with a deadline
    }
  }

  /**
   * Presses Ctrl-C until the lab says {@code stopped}. Once the command runs, the lab may not watch
   * the keys yet: a Ctrl-C that comes in that moment is echoed and lost (a race of the lab's, seen
   * here in tests; the learner presses again), so the test presses again as the learner would.
   */
  private static void interrupt(Tmux terminal, String stopped) throws Exception {
    long deadline = System.nanoTime() + BACK.toNanos();
    while (true) {
      terminal.press("C-c");
      try {
        terminal.waitFor(stopped, Duration.ofMillis(700));
        return;
      } catch (AssertionError notYet) {
        if (System.nanoTime() > deadline) {
          throw notYet;
        }
      }
    }
  }

  private static boolean runningIn(Path workspace, String command) {
    try (Stream<ProcessHandle> processes = ProcessHandle.allProcesses()) {
      return processes.anyMatch(
          process -> {
            Path proc = Path.of("/proc", Long.toString(process.pid()));
            try {
              return workspace.equals(Files.readSymbolicLink(proc.resolve("cwd")))
                  && Files.readString(proc.resolve("cmdline"), StandardCharsets.UTF_8)
                      .replace('\0', ' ')
                      .contains(command);
            } catch (IOException | RuntimeException gone) {
              return false;
            }
          });
    }
  }

  @Test
  void ctrlCStopsTheSolutionAndTheLabGoesOn() throws Exception {
    try (Tmux terminal = startLab("docklab-it-solve-interrupt")) {
      terminal.type(":solve");
      terminal.waitFor("Run it now? [y/N]", BACK);
      terminal.type("y");
      awaitRunning("sleep 120");
      interrupt(terminal, "Stopped with Ctrl-C at `sleep 120 && touch slept.txt`.");
      terminal.waitFor(PROMPT, BACK);

      terminal.type(":next");
      terminal.waitFor("docklab[" + LESSON + " 2/2]$", BACK);
      terminal.type(":solve");
      terminal.waitFor("Run it now? [y/N]", BACK);
      terminal.type("y");
      awaitRunning("read -r line");
      interrupt(terminal, "Stopped with Ctrl-C at `read -r line && touch answered.txt`.");
      terminal.waitFor("docklab[" + LESSON + " 2/2]$", BACK);

      // The lab goes on: a command runs, and :quit leaves normally.
      terminal.type("echo still-$((40 + 2))");
      terminal.waitFor("still-42", BACK);
      terminal.waitFor("docklab[" + LESSON + " 2/2]$", BACK);

      // docklab typed at the lab prompt does not open a second lab on the same progress.
      terminal.type(Tmux.LAUNCHER + " start " + LESSON);
      terminal.waitFor("you are in the docklab lab already (lesson " + LESSON + ")", BACK);
      terminal.waitFor("docklab[" + LESSON + " 2/2]$", BACK);
      terminal.type(":quit");
      terminal.waitFor(Tmux.EXITED + "0", BACK);
    }
    Path workspace = home.resolve("workspaces").resolve(LESSON);
    assertFalse(Files.exists(workspace.resolve("slept.txt")), "the sleep was stopped");
    assertFalse(Files.exists(workspace.resolve("answered.txt")));
    assertTrue(Files.readString(home.resolve("progress.json")).contains("\"done\" : [ ]"));
  }

  @Test
  void directoryAndExportedVariablesCarryOver() throws Exception {
    String inSub = "docklab[" + LESSON + " 1/2 …/sub]$"; // The prompt shows where.
    try (Tmux terminal = startLab("docklab-it-shell-state")) {
      terminal.type("mkdir -p sub && cd sub && export GREETING=\"it's a   test\" KEPT=1");
      terminal.waitFor(inSub, BACK);
      terminal.type("echo \"[$GREETING] in ${PWD##*/} kept=$KEPT\"");
      terminal.waitFor("[it's a   test] in sub kept=1", BACK);
      terminal.waitFor(inSub, BACK);

      terminal.type("unset KEPT; export GREETING=again");
      terminal.waitFor(inSub, BACK);
      terminal.type("echo \"<$GREETING> kept=${KEPT:-none}\"");
      terminal.waitFor("<again> kept=none", BACK);
      terminal.waitFor(inSub, BACK);

      terminal.type(":quit");
      terminal.waitFor(Tmux.EXITED + "0", BACK);
    }
  }

  @Test
  void resetLessonRemovesWhatItCreatesAndStartsAgain() throws Exception {
    try (Tmux terminal = startLab("docklab-it-reset-lesson")) {
      terminal.type("touch slept.txt");
      terminal.waitFor("Step 1/2 done", BACK);
      terminal.waitFor("docklab[" + LESSON + " 2/2]$", BACK);

      terminal.type(":reset lesson");
      terminal.waitFor(
          "This removes everything the lesson creates: slept.txt, answered.txt.", BACK);
      terminal.type("y");
      terminal.waitFor("Lesson " + LESSON + " starts again; removed: file slept.txt.", BACK);
      terminal.waitFor(PROMPT, BACK);
      terminal.type(":quit");
      terminal.waitFor(Tmux.EXITED + "0", BACK);
    }
    assertFalse(Files.exists(home.resolve("workspaces").resolve(LESSON).resolve("slept.txt")));
    assertEquals(Set.of(), ProgressStore.in(home).load().progress().done(LESSON));
  }

  @Test
  void aFinishedLessonSaysSoAndHowToReviewOrStartAgainInEnglish() throws Exception {
    finishedLesson(
        "en",
        "You have finished A slow solution: all 2 steps are done.",
        ":reset lesson starts it again from step 1.");
  }

  @Test
  void aFinishedLessonSaysSoAndHowToReviewOrStartAgainInJapanese() throws Exception {
    finishedLesson("ja", "A slow solution は修了しています (全 2 ステップ完了)。", ":reset lesson で最初からやり直せます。");
  }

  /** Opens the test lesson with both steps done: complete, not "you continue at step 2/2". */
  private void finishedLesson(String language, String complete, String startAgain)
      throws Exception {
    ProgressStore store = ProgressStore.in(home);
    var progress = store.load().progress();
    progress.markDone(LESSON, "slow");
    progress.markDone(LESSON, "slow-interactive");
    store.save(progress);
    String finished = "docklab[" + LESSON + " 2/2 ✓]$";
    try (Tmux terminal =
        new Tmux("docklab-it-finished-" + language, List.of("DOCKLAB_HOME=" + home))) {
      terminal.start("--lang", language, "--lessons", LESSONS.toString(), "start", LESSON);
      String screen = terminal.waitFor(finished, Duration.ofSeconds(20));
      // docklab wraps its messages to the terminal's width: compare without the breaks.
      String unwrapped = screen.replaceAll("\\s+", "");
      assertTrue(unwrapped.contains(complete.replaceAll("\\s+", "")), screen);
      assertTrue(unwrapped.contains(startAgain.replaceAll("\\s+", "")), screen);
      assertFalse(screen.contains("2/2 から続けます"), screen);
      assertFalse(screen.contains("you continue at"), screen);

      // Reviewing: the steps are there to go back through.
      terminal.type(":back");
      terminal.waitFor("docklab[" + LESSON + " 1/2 ✓]$", BACK);
      terminal.type(":quit");
      terminal.waitFor(Tmux.EXITED + "0", BACK);
    }
  }

  @Test
  void aCorruptProgressFileSetAsideIsSaidEvenWhenTheLessonIsUnknown() throws Exception {
    Files.writeString(home.resolve("progress.json"), "{\"version\": 1, \"lessons\": [");
    try (Tmux terminal = new Tmux("docklab-it-corrupt-" + RUN, List.of("DOCKLAB_HOME=" + home))) {
      terminal.start("--lang", "en", "start", "no-such-lesson");
      terminal.waitFor("set aside as", BACK);
      terminal.waitFor("there is no lesson 'no-such-lesson'", BACK);
      terminal.waitFor(Tmux.EXITED + "2", BACK);
    }
    try (var files = Files.list(home)) {
      assertTrue(
          files.anyMatch(
              file -> file.getFileName().toString().startsWith("progress.json.corrupt-")));
    }
  }
}
