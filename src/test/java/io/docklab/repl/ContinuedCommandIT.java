package io.docklab.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Commands of more than one line at the lab prompt, in a real terminal (tmux) with the built
 * launcher: a here-document typed line by line, a command continued with backslashes, a
 * here-document pasted in one go (bracketed paste), and Ctrl-C at a continuation prompt. Each goes
 * to the shell once, and its step is checked once. The lesson is a throwaway one whose checks look
 * at files in the workspace, so no Docker is needed.
 */
class ContinuedCommandIT {
  private static final Duration PROMPT = Duration.ofSeconds(30);
  private static final String LESSON = "dl-heredoc-lab";
  private static final String DOCKERFILE =
      String.join("\n", "FROM python", "CMD [\"python\", \"app.py\"]", "");

  @TempDir Path home;
  @TempDir Path lessons;

  @Test
  void hereDocumentsContinuedLinesAndPastedBlocksRunOnceEach() throws Exception {
    writeLesson();
    Path workspace = home.resolve("workspaces").resolve(LESSON);
    try (Tmux terminal = new Tmux("docklab-it-heredoc", environment())) {
      terminal.start("--lang", "en", "--lessons", lessons.toString(), "start", LESSON);
      terminal.waitFor(prompt(1), PROMPT);

      // A here-document, typed line by line: "> " until its delimiter line.
      terminal.type("cat > Dockerfile <<'EOF'");
      continued(terminal, "FROM python");
      continued(terminal, "CMD [\"python\", \"app.py\"]");
      assertFalse(Files.exists(workspace.resolve("Dockerfile")), "ran before its end");
      continued(terminal, "EOF");
      terminal.waitFor("Step 1/3 done", PROMPT);
      terminal.waitFor(prompt(2), PROMPT);
      assertEquals(DOCKERFILE, Files.readString(workspace.resolve("Dockerfile")));

      // Ctrl-C at a continuation prompt drops the command, as in bash.
      terminal.type("cat > dropped.txt <<EOF");
      continued(terminal, "half a line");
      // The next "> " shows that Enter has been read (bash asked): a Ctrl-C racing that question
      // drops the command too, but JLine may already have put it in the history.
      terminal.waitFor(">", PROMPT); // the line after "> half a line"
      terminal.press("C-c");
      terminal.waitFor(prompt(2), PROMPT);
      assertFalse(Files.exists(workspace.resolve("dropped.txt")), "the dropped command ran");

      // Tab completes on the last line of a continued command.
      terminal.type("cat -n \\");
      terminal.typeOnly("  Dockerf");
      terminal.press("Tab");
      terminal.waitFor(">   Dockerfile", PROMPT);
      terminal.press("Enter");
      terminal.waitFor("2  CMD [\"python\", \"app.py\"]", PROMPT);
      terminal.waitFor(prompt(2), PROMPT);

      // A command continued with backslashes.
      terminal.type("echo hello \\");
      continued(terminal, "  from \\");
      continued(terminal, "  docklab > greeting.txt");
      terminal.waitFor("Step 2/3 done", PROMPT);
      terminal.waitFor(prompt(3), PROMPT);
      assertEquals("hello from docklab\n", Files.readString(workspace.resolve("greeting.txt")));

      // Pasted with its last newline: held until Enter, as bash holds a bracketed paste.
      terminal.paste("cat > app.py <<'EOF'\nprint(\"pasted\")\nEOF\n");
      terminal.waitFor("> EOF", PROMPT);
      Thread.sleep(1_500);
      assertFalse(terminal.screen().contains("Step 3/3 done"), "a paste ran before Enter");
      terminal.press("Enter");
      terminal.waitFor("Step 3/3 done", PROMPT);
      terminal.waitFor("docklab[" + LESSON + " 3/3 ✓]$", PROMPT);
      assertEquals("print(\"pasted\")\n", Files.readString(workspace.resolve("app.py")));

      String screen = terminal.screen();
      for (int step = 1; step <= 3; step++) {
        assertEquals(1, count(screen, "Step " + step + "/3 done"), screen);
      }
      assertFalse(screen.contains("delimited by end-of-file"), screen);
      assertFalse(screen.contains("command not found"), screen);

      // Each command that ran is one history entry, newlines kept; the dropped one is not there.
      terminal.press("C-d");
      terminal.waitFor(Tmux.EXITED + "0", PROMPT);
      List<String> history = Files.readAllLines(home.resolve("history"));
      assertEquals(4, history.size(), history.toString());
      assertTrue(history.get(1).endsWith(":cat -n \\\\\\n  Dockerfile"), history.toString());
      assertTrue(
          history
              .get(0)
              .endsWith(
                  ":cat > Dockerfile <<'EOF'\\nFROM python\\n"
                      + "CMD [\"python\", \"app.py\"]\\nEOF"),
          history.toString());
    }
  }

  private void writeLesson() throws Exception {
    Files.writeString(
        lessons.resolve("heredoc.yaml"),
        String.join(
            "\n",
            "id: " + LESSON,
            "languages: [en]",
            "title: Commands of many lines",
            "summary: Here-documents and continued lines at the lab prompt.",
            "estimatedMinutes: 1",
            "intro: Files written from the prompt.",
            "steps:",
            "  - id: dockerfile",
            "    title: A Dockerfile",
            "    text: Write the Dockerfile with a here-document.",
            "    checks:",
            "      - kind: file",
            "        path: Dockerfile",
            "        content: 'CMD [\"python\", \"app.py\"]'",
            "  - id: greeting",
            "    title: A greeting",
            "    text: Write greeting.txt with a long echo.",
            "    checks:",
            "      - kind: file",
            "        path: greeting.txt",
            "        content: hello from docklab",
            "  - id: app",
            "    title: The app",
            "    text: Paste app.py.",
            "    checks:",
            "      - kind: file",
            "        path: app.py",
            "        content: print(\"pasted\")",
            ""));
  }

  /** Types {@code line} and Enter at a continuation prompt, and waits to see it after "> ". */
  private static void continued(Tmux terminal, String line) throws Exception {
    terminal.typeOnly(line);
    terminal.press("Enter");
    terminal.waitFor("> " + line, PROMPT);
  }

  private static String prompt(int step) {
    return "docklab[" + LESSON + " " + step + "/3]$";
  }

  private static int count(String text, String part) {
    Matcher matcher = Pattern.compile(Pattern.quote(part)).matcher(text);
    int found = 0;
    while (matcher.find()) {
      found++;
    }
    return found;
  }

  private List<String> environment() {
    return List.of("DOCKLAB_HOME=" + home, "LANG=C.UTF-8", "LC_ALL=");
  }
}
