package io.docklab.repl;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The lab's feedback in a real terminal (tmux), in English and Japanese, on a lesson written for
 * the test: the prompt is back at once after a step command whose {@code http} window is open; a
 * command that moves a step forward gets a progress line, not ✗; a mistyped docker is named before
 * it runs; a near miss says what differs; ✓ starts a line of its own after output without a line
 * end; {@code :check} says what it waits for on a live line and Ctrl-C ends it at once; keys typed
 * meanwhile stay out of docklab's lines; a container that comes up after the prompt is back is
 * announced above the prompt, the line being typed kept.
 *
 * <p>Times are measured and asserted loosely (a few seconds, against the 30–60 s windows the old
 * lab waited out): the machine is shared. {@code bench/prompt-return.sh} gives the real figure.
 */
@Timeout(value = 4, unit = TimeUnit.MINUTES)
class FeedbackIT {
  /** Nothing listens there: an http check on it fails for its whole window. */
  private static final int SILENT_PORT = 22601;

  /** The container of the background test serves there, three seconds after it starts. */
  private static final int SERVER_PORT = 22602;

  private static final Duration SHOWN = Duration.ofSeconds(20);

  /** Far below the windows (60 s), far above what a loaded machine needs. */
  private static final Duration QUICK = Duration.ofSeconds(8);

  private static final Map<String, Map<String, String>> SAID =
      Map.of(
          "en",
          Map.of(
              "progress", "1 of 2 done · still to do: echo two",
              "typo", "dcoker: did you mean docker? (docker ps)",
              "done", "✓ Step ",
              "waiting", "waiting for http://127.0.0.1:" + SILENT_PORT + "/ …",
              "watching", "does not answer yet",
              "tags", "the step tags "),
          "ja",
          Map.of(
              "progress", "2 件中 1 件完了 · 残り: echo two",
              "typo", "dcoker: docker のことですか? (docker ps)",
              "done", "✓ ステップ ",
              "waiting", "http://127.0.0.1:" + SILENT_PORT + "/ を待っています …",
              "watching", "まだ応答しません",
              "tags", "ステップのタグは "));

  @TempDir Path home;
  @TempDir Path lessons;

  private final String name = "docklab-it-feedback-" + UUID.randomUUID().toString().substring(0, 8);
  private final String lesson = name;

  @ParameterizedTest
  @ValueSource(strings = {"en", "ja"})
  void commandsAreAnsweredAtOnceAndCalmly(String language) throws Exception {
    Map<String, String> said = SAID.get(language);
    try (Tmux terminal = startLab(language)) {
      // A step command that others follow: progress, no ✗.
      terminal.type("echo one");
      String after = terminal.waitFor(said.get("progress"), SHOWN);
      assertFalse(after.contains("✗"), after);
      prompt(terminal, 1);

      // A mistyped docker is named, and not run.
      terminal.type("dcoker ps");
      after = terminal.waitFor(said.get("typo"), SHOWN);
      prompt(terminal, 1);
      assertFalse(terminal.screen().contains("command not found"));

      terminal.type("echo two");
      terminal.waitFor(said.get("done") + "1/5", SHOWN);
      prompt(terminal, 2);

      // Output without a line end: ✓ and the prompt still start a line of their own.
      terminal.type("printf no-newline");
      after = terminal.waitFor(said.get("done") + "2/5", SHOWN);
      assertTrue(after.matches("(?s).*\\nno-newline\\n" + said.get("done") + "2/5.*"), after);
      prompt(terminal, 3);

      // The http window (60 s) does not hold the prompt after a command that started nothing.
      long typed = System.nanoTime();
      terminal.type("echo serve");
      terminal.waitFor("✗ http://127.0.0.1:" + SILENT_PORT + "/", QUICK);
      prompt(terminal, 3);
      assertQuick("the prompt after a step command with an open http window", typed, QUICK);

      // Ctrl-C during a command: the prompt is back on a line of its own.
      terminal.type("echo sleeping-$((6 * 10)); sleep 60");
      terminal.waitFor("sleeping-60", SHOWN); // printed by the command: it runs
      long pressed = System.nanoTime();
      terminal.press("C-c");
      terminal.waitFor("^C", QUICK);
      prompt(terminal, 3);
      assertQuick("the prompt after Ctrl-C during a command", pressed, QUICK);
      assertFalse(terminal.screen().contains("^Cdocklab["), terminal.screen());

      // :check waits, says so on a live line; keys typed meanwhile stay out; Ctrl-C ends it.
      terminal.type(":check");
      terminal.waitFor(said.get("waiting"), SHOWN);
      String before = lastLine(terminal);
      terminal.typeOnly("echo typed-meanwhile");
      String ticked = nextTick(terminal, before);
      assertTrue(ticked.startsWith(said.get("waiting")), ticked);
      pressed = System.nanoTime();
      terminal.press("C-c");
      prompt(terminal, 3);
      assertQuick("the prompt after Ctrl-C during :check", pressed, QUICK);
      assertOnlyAtThePrompt(terminal.screen(), "typed-meanwhile");
      terminal.press("C-u");

      terminal.type(":quit");
      terminal.waitFor(Tmux.EXITED + "0", SHOWN);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "ja"})
  void aContainerThatComesUpLaterIsAnnouncedAndANearMissIsNamed(String language) throws Exception {
    Map<String, String> said = SAID.get(language);
    try (Tmux terminal = startLab(language)) {
      for (int step = 1; step < 4; step++) {
        terminal.type(":next");
        prompt(terminal, step + 1);
      }
      long typed = System.nanoTime();
      terminal.type(serverCommand());
      terminal.waitFor(said.get("watching"), SHOWN);
      prompt(terminal, 4);
      assertQuick("the prompt after docker run -d whose server is still starting", typed, SHOWN);

      // Typed while the server comes up: kept on the prompt line when ✓ is printed above it.
      terminal.typeOnly("echo typed-while-watching");
      String above = terminal.waitFor(said.get("done") + "4/5", Duration.ofSeconds(90));
      assertTrue(above.matches("(?s)(.*\\n)?" + said.get("done") + "4/5.*"), above);
      terminal.waitFor("docklab[" + lesson + " 5/5]$ echo typed-while-watching", SHOWN);
      terminal.press("C-u");

      // A near miss: the same docker subcommand with another tag.
      terminal.type("docker tag hello-world:latest " + name + ":part-2");
      terminal.waitFor("✗ " + said.get("tags") + name + ":part2", SHOWN);
      terminal.waitFor(name + ":part-2", SHOWN);
      prompt(terminal, 5);
      terminal.type(":quit");
      terminal.waitFor(Tmux.EXITED + "0", SHOWN);
    } finally {
      docker("rm", "-f", name);
      docker("image", "rm", name + ":part-2", name + ":part2");
    }
  }

  private String serverCommand() {
    return "docker run -d --name "
        + name
        + " -p 127.0.0.1:"
        + SERVER_PORT
        + ":8000 python:3.11-slim sh -c 'sleep 3 && exec python -m http.server'";
  }

  private Tmux startLab(String language) throws Exception {
    Files.writeString(lessons.resolve("feedback.yaml"), lessonText());
    Tmux terminal = new Tmux(name, List.of("DOCKLAB_HOME=" + home));
    terminal.start("--lang", language, "--lessons", lessons.toString(), "start", lesson);
    prompt(terminal, 1);
    return terminal;
  }

  private void prompt(Tmux terminal, int step) throws IOException, InterruptedException {
    terminal.waitFor("docklab[" + lesson + " " + step + "/5]$", SHOWN);
  }

  private static String lastLine(Tmux terminal) throws IOException, InterruptedException {
    String screen = terminal.screen().stripTrailing();
    return screen.substring(screen.lastIndexOf('\n') + 1);
  }

  /** The live line once it has changed from {@code before} (a second later), the mark left. */
  private static String nextTick(Tmux terminal, String before)
      throws IOException, InterruptedException {
    long deadline = System.nanoTime() + SHOWN.toNanos();
    String line = lastLine(terminal);
    while (line.equals(before) && System.nanoTime() < deadline) {
      Thread.sleep(150);
      line = lastLine(terminal);
    }
    return line;
  }

  private static void assertQuick(String what, long since, Duration bound) {
    Duration took = Duration.ofNanos(System.nanoTime() - since);
    System.out.println("FeedbackIT: " + what + ": " + took.toMillis() + " ms");
    assertTrue(took.compareTo(bound) < 0, what + " took " + took.toMillis() + " ms");
  }

  /** Keys typed while docklab worked show nowhere but on a prompt line. */
  private static void assertOnlyAtThePrompt(String screen, String keys) {
    for (String line : screen.split("\n")) {
      if (line.contains(keys)) {
        assertTrue(line.startsWith("docklab["), "typed keys inside docklab's output: " + line);
      }
    }
  }

  private static void docker(String... arguments) throws IOException, InterruptedException {
    List<String> command = new java.util.ArrayList<>(List.of("docker"));
    command.addAll(List.of(arguments));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    process.getInputStream().readAllBytes();
    process.waitFor(60, TimeUnit.SECONDS);
  }

  private String lessonText() {
    return """
        id: %1$s
        languages: [en, ja]
        title: Feedback
        summary: What the lab says after commands.
        estimatedMinutes: 1
        steps:
          - id: two
            title: Two commands
            text: Type both.
            actions:
              - kind: command
                run: echo one
              - kind: command
                run: echo two
            checks:
              - kind: output
                shows: two
          - id: fresh
            title: No line end
            text: Print without a line end.
            actions:
              - kind: command
                run: printf no-newline
            checks:
              - kind: output
                shows: no-newline
          - id: silent
            title: A server that never comes
            text: Nothing listens.
            actions:
              - kind: command
                run: echo serve
            checks:
              - kind: http
                url: http://127.0.0.1:%2$d/
                within: 60s
          - id: background
            title: A server that comes up later
            text: Start it.
            actions:
              - kind: command
                run: "%3$s"
            checks:
              - kind: http
                url: http://127.0.0.1:%4$d/
                within: 60s
          - id: tag
            title: A second name
            text: Tag it.
            actions:
              - kind: command
                run: docker tag hello-world:latest %1$s:part2
            checks:
              - kind: image
                ref: %1$s:part2
        """
        .formatted(lesson, SILENT_PORT, serverCommand(), SERVER_PORT);
  }
}
