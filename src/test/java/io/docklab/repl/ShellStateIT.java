package io.docklab.repl;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What one command at the lab prompt leaves for the next, as in one shell: the directory it ended
 * in and the variables it exported (also values with spaces and quotes), and an unset one stays
 * unset. In the real lab, in tmux.
 */
class ShellStateIT {
  /** Any lesson will do; this one needs no Docker. */
  private static final Path LESSONS =
      Path.of("src/test/resources/solve-interrupt").toAbsolutePath();

  private static final String LESSON = "docklab-it-solve-interrupt";
  private static final String PROMPT = "docklab[" + LESSON + " 1/2]$";
  private static final Duration WAIT = Duration.ofSeconds(10);

  @TempDir Path home;

  @Test
  void directoryAndExportedVariablesCarryOver() throws Exception {
    try (Tmux terminal = new Tmux("docklab-it-shell-state", List.of("DOCKLAB_HOME=" + home))) {
      terminal.start("--lang", "en", "--lessons", LESSONS.toString(), "start", LESSON);
      terminal.waitFor(PROMPT, Duration.ofSeconds(20));

      terminal.type("mkdir -p sub && cd sub && export GREETING=\"it's a   test\" KEPT=1");
      terminal.waitFor(PROMPT, WAIT);
      terminal.type("echo \"[$GREETING] in ${PWD##*/} kept=$KEPT\"");
      terminal.waitFor("[it's a   test] in sub kept=1", WAIT);
      terminal.waitFor(PROMPT, WAIT);

      terminal.type("unset KEPT; export GREETING=again");
      terminal.waitFor(PROMPT, WAIT);
      terminal.type("echo \"<$GREETING> kept=${KEPT:-none}\"");
      terminal.waitFor("<again> kept=none", WAIT);
      terminal.waitFor(PROMPT, WAIT);

      terminal.type(":quit");
      terminal.waitFor(Tmux.EXITED + "0", WAIT);
    }
  }
}
