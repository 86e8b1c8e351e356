package io.docklab.repl;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every step of the bundled lessons has hints, gentle first and the exact command last, in both
 * languages: read in a real terminal on the first step of each lesson, with the lesson's values in
 * them. Showing hints needs no Docker: nothing is run.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class HintsIT {
  private static final String RUN = UUID.randomUUID().toString().substring(0, 8);

  @TempDir Path home;

  @ParameterizedTest
  @CsvSource({
    "en, get-started-part2, Hint, 3, docker run --rm hello-world",
    "ja, get-started-part2, ヒント, 3, docker run --rm hello-world",
    "en, image-by-hand, Hint, 4, docker run --name python-demo -ti python bash",
    "ja, image-by-hand, ヒント, 4, docker run --name python-demo -ti python bash"
  })
  void hintsComeOneAtATimeAndTheLastGivesTheCommand(
      String language, String lesson, String hint, int total, String command) throws Exception {
    String prompt = "docklab[" + lesson + " 1/";
    try (Tmux terminal =
        new Tmux(
            "docklab-it-hints-" + language + "-" + lesson + "-" + RUN,
            List.of("DOCKLAB_HOME=" + home))) {
      terminal.start("--lang", language, "start", lesson);
      terminal.waitFor(prompt, Duration.ofSeconds(30));
      terminal.type(":hint");
      String gentle = terminal.waitFor(hint + " 1/" + total + ":", Duration.ofSeconds(10));
      gentle = terminal.waitFor(prompt, Duration.ofSeconds(10));
      assertFalse(gentle.contains(command), "the first hint gives the command away:\n" + gentle);
      for (int n = 2; n <= total; n++) {
        terminal.type(":hint");
        terminal.waitFor(hint + " " + n + "/" + total + ":", Duration.ofSeconds(10));
      }
      String last = terminal.waitFor(prompt, Duration.ofSeconds(10));
      assertTrue(last.contains(command), "the last hint names the command:\n" + last);
      assertFalse(last.contains("{{"), last);
      terminal.type(":quit");
      terminal.waitFor(Tmux.EXITED + "0", Duration.ofSeconds(10));
    }
  }
}
