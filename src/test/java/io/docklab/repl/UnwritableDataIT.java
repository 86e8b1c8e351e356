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
 * commands go on without a stack trace, and :quit does not claim the progress was saved.
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
      terminal.type("echo one");
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
