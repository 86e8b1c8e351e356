package io.docklab.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.docklab.i18n.Messages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One shell, in the real lab in tmux, in English and Japanese, on a test lesson that needs no
 * Docker: what the learner {@code cd}'d to and exported holds in {@code :solve} and {@code :run};
 * the prompt shows the directory once the learner left the workspace; a value goes into a
 * here-document as itself; a hostile {@code :set} value is shown as the command runs it; and no
 * {@code {{placeholder}}} reaches the screen.
 */
@Timeout(180)
class ShellStateIT {
  private static final Path LESSONS = Path.of("src/test/resources/shell-state").toAbsolutePath();
  private static final String LESSON = "docklab-it-shell-state";
  private static final String REGISTRY = "10.1.2.3:5000";
  private static final String HOSTILE = "'; touch pwned; echo '";
  private static final Duration BACK = Duration.ofSeconds(10);

  @TempDir Path home;

  @AfterEach
  void english() {
    Messages.use(Locale.ENGLISH);
  }

  private static String prompt(String where) {
    return "docklab[" + LESSON + " " + where + "]$";
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "ja"})
  void thePromptRunAndSolveAreOneShell(String language) throws Exception {
    Locale locale = Locale.forLanguageTag(language);
    Messages.use(locale);
    String checkMessage =
        language.equals("en")
            ? "push.sh does not push to " + REGISTRY + "/app yet."
            : "push.sh はまだ " + REGISTRY + "/app にプッシュしません。";
    String screen;
    try (Tmux terminal =
        new Tmux("docklab-it-one-shell-" + language, List.of("DOCKLAB_HOME=" + home))) {
      terminal.start("--lang", language, "--lessons", LESSONS.toString(), "start", LESSON);
      terminal.waitFor(prompt("1/5"), BACK);
      terminal.type(":set registry " + REGISTRY);
      terminal.waitFor(prompt("1/5"), BACK);

      // The prompt: the learner's cd and export; the prompt says where they are.
      terminal.type("mkdir -p sub && cd sub && export GREETING=hello");
      terminal.waitFor(prompt("2/5 …/sub"), BACK);

      // :solve runs where the learner is, with what they exported.
      terminal.type(":solve");
      terminal.waitFor(Messages.get("lab.solve.confirm").strip(), BACK);
      terminal.type("y");
      terminal.waitFor("solved [hello] in sub", BACK);
      terminal.waitFor(prompt("3/5 …/sub"), BACK);

      // :run too; the hint shows the value in force.
      terminal.type(":hint");
      terminal.waitFor("Type :run; it pushes to " + REGISTRY + ".", BACK);
      terminal.type(":run");
      terminal.waitFor("ran [hello] in sub", BACK);
      terminal.waitFor(prompt("4/5 …/sub"), BACK);

      // A here-document gets the value itself; the check's message shows it too.
      terminal.type(":check");
      terminal.waitFor(checkMessage, BACK);
      terminal.type(":run");
      terminal.waitFor(prompt("5/5 …/sub"), BACK);

      // Out of the workspace, the prompt shows where.
      terminal.type("cd /tmp");
      terminal.waitFor(prompt("5/5 /tmp"), BACK);
      terminal.type("cd -");
      terminal.waitFor(prompt("5/5 …/sub"), BACK);

      // A hostile value: the command is shown exactly as it runs.
      terminal.type(":set q " + HOSTILE);
      terminal.waitFor(prompt("5/5 …/sub"), BACK);
      terminal.type(":show");
      terminal.waitFor("$ echo ''\\''; touch pwned; echo '\\''' > q.txt", BACK);
      terminal.type(":run");
      terminal.waitFor(prompt("5/5 ✓ …/sub"), BACK);
      terminal.type(":quit");
      terminal.waitFor(Tmux.EXITED + "0", BACK);
      screen = terminal.screen();
    }
    assertFalse(screen.contains("{{"), screen);
    Path sub = home.resolve("workspaces").resolve(LESSON).resolve("sub");
    assertEquals(
        "docker push " + REGISTRY + "/app\n", Files.readString(sub.resolve("push.sh")), screen);
    assertEquals(HOSTILE + "\n", Files.readString(sub.resolve("q.txt")));
    assertFalse(Files.exists(sub.resolve("pwned")), "the value ran a command");
  }
}
