package io.docklab.repl;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A data directory that cannot be written (as one left to root by a run with sudo; here one below a
 * regular file, which fails for root too): one line says progress and history will not be saved,
 * the lesson's files go to a private temporary directory where commands and file checks work, the
 * lab goes on without a stack trace, and :quit does not claim the progress was saved.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class UnwritableDataIT {
  private static final Path LESSONS =
      Path.of("src/test/resources/solve-interrupt").toAbsolutePath();
  private static final String LESSON = "docklab-it-solve-interrupt";
  private static final String PROMPT = "docklab[" + LESSON + " 1/2]$";

  @TempDir Path home;

  @Test
  void oneLineSaysNothingWillBeSavedAndTheLabLeavesCleanly() throws Exception {
    Path blocked = Files.writeString(home.resolve("a-file"), "");
    Path data = blocked.resolve("docklab");
    try (Tmux terminal = new Tmux("docklab-it-unwritable-data", List.of("DOCKLAB_HOME=" + data))) {
      terminal.start("--lang", "en", "--lessons", LESSONS.toString(), "start", LESSON);
      String opened = terminal.waitFor(PROMPT, Duration.ofSeconds(30));
      // The lab wraps its lines to the terminal: the sentence may span two of them.
      assertTrue(
          opened
              .replaceAll("\\s+", " ")
              .contains("progress and command history will not be saved this run"),
          opened);
      // The same line says where the lesson's files go instead: a private temporary directory.
      assertTrue(opened.replaceAll("\\s+", " ").contains("files go to "), opened);
      // Commands run there: a file is written and read back.
      terminal.type("echo one > f.txt && cat f.txt && echo written-$((40+2))");
      String written = terminal.waitFor("written-42", Duration.ofSeconds(15));
      assertTrue(written.lines().anyMatch(line -> line.strip().equals("one")), written);
      assertFalse(written.contains("Not a directory"), written);
      terminal.waitFor(PROMPT, Duration.ofSeconds(10)); // keys typed before it could be lost
      terminal.type("pwd");
      String where = terminal.waitFor("/workspaces/" + LESSON, Duration.ofSeconds(10));
      assertTrue(where.contains(System.getProperty("java.io.tmpdir")), where);
      terminal.waitFor(PROMPT, Duration.ofSeconds(10));
      // The step's file check looks there too: the file it asks for completes the step.
      terminal.type("touch slept.txt");
      terminal.waitFor("docklab[" + LESSON + " 2/2]$", Duration.ofSeconds(15));
      terminal.type(":back");
      terminal.waitFor("docklab[" + LESSON + " 1/2]$", Duration.ofSeconds(10));
      terminal.type(":next");
      terminal.waitFor("docklab[" + LESSON + " 2/2]$", Duration.ofSeconds(10));
      terminal.type(":quit");
      terminal.waitFor("Progress was not saved", Duration.ofSeconds(10));
      String screen = terminal.waitFor(Tmux.EXITED + "0", Duration.ofSeconds(10));
      assertFalse(screen.contains("Exception"), screen);
      assertFalse(screen.contains("Progress saved"), screen);
      assertFalse(screen.contains("internal error"), screen);
    }
  }
}
