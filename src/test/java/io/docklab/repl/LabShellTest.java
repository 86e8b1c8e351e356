package io.docklab.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.docklab.docker.EngineAccess;
import io.docklab.docker.EngineAddress;
import io.docklab.i18n.Messages;
import io.docklab.lesson.Lesson;
import io.docklab.lesson.catalog.LessonSources;
import io.docklab.progress.Progress;
import io.docklab.progress.ProgressStore;
import io.docklab.repl.render.Style;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.DumbTerminal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The lab's wiring on a dumb terminal with typed lines piped in, no engine and no shell command:
 * each {@code :} command reaches the handler it was registered with, help lists them all, and a
 * lesson opens new, resumed or finished.
 */
@Timeout(30)
class LabShellTest {
  private static final Lesson LESSON =
      LessonSources.of(List.of(Path.of("src/test/resources/solve-interrupt")))
          .find("docklab-it-solve-interrupt")
          .orElseThrow();

  @TempDir Path home;

  @BeforeEach
  void inEnglish() {
    Messages.use(Locale.ENGLISH);
  }

  @AfterEach
  void backToEnglish() {
    Messages.use(Locale.ENGLISH);
  }

  @Test
  void helpListsEveryRegisteredCommandAndAnUnknownOneIsSaid() throws Exception {
    String screen = lab(new Progress(), ":help", ":frobnicate", ":quit");
    for (String line :
        List.of(
            "  :next, :n        the next step (done or not)",
            "  :reset lesson    start the whole lesson again, removing what it made",
            "  :lessons, :l     the catalogue, to switch lessons",
            "  :quit, :q        save and leave (Ctrl-D too)",
            "Tab completes these commands")) {
      assertTrue(screen.contains(line), line + " in\n" + screen);
    }
    assertTrue(screen.contains("docklab has no command :frobnicate; :help lists them."), screen);
    assertTrue(screen.contains("Progress saved."), screen);
  }

  @Test
  void stepsHintsAndStatusGoThroughTheSession() throws Exception {
    Progress progress = new Progress();
    String screen = lab(progress, ":hint", ":n", ":next", ":b", ":b", ":status", ":exit");
    assertTrue(screen.contains("This step has no hints"), screen);
    assertTrue(screen.contains("Step 1 is not done yet; :back returns to it."), screen);
    assertTrue(screen.contains("This is the last step of the lesson."), screen);
    assertTrue(screen.contains("This is the first step of the lesson."), screen);
    assertTrue(screen.contains("A slow solution (docklab-it-solve-interrupt): 0 of 2 steps done"));
    assertEquals("slow", progress.current(LESSON.id()).orElseThrow());
    assertTrue(ProgressStore.in(home).file().toFile().isFile(), "saved as it went");
  }

  @Test
  void aFinishedLessonSaysItIsCompleteInsteadOfContinuing() throws Exception {
    Progress progress = new Progress();
    LESSON.steps().forEach(step -> progress.markDone(LESSON.id(), step.id()));
    String screen = lab(progress, ":quit");
    assertTrue(
        screen.contains("✓ You have finished A slow solution: all 2 steps are done."), screen);
    assertFalse(screen.contains("you continue at"), screen);
    assertTrue(screen.contains("Progress saved. See you!"), screen);

    Messages.use(Locale.JAPANESE);
    String japanese = lab(progress, ":quit");
    assertTrue(japanese.contains("A slow solution は修了しています (全 2 ステップ完了)。"), japanese);
    assertFalse(japanese.contains("から続けます"), japanese);
  }

  /** Runs the lab on {@code progress} with {@code lines} typed; what the screen showed. */
  private String lab(Progress progress, String... lines) throws Exception {
    byte[] typed = (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream shown = new ByteArrayOutputStream();
    try (Terminal terminal =
            new DumbTerminal(
                "docklab-test",
                "dumb",
                new ByteArrayInputStream(typed),
                shown,
                StandardCharsets.UTF_8);
        EngineAccess engine = new EngineAccess(EngineAddress.fromEnvironment())) {
      LineReader reader =
          LineReaderBuilder.builder()
              .terminal(terminal)
              .parser(ShellInputParser.withBash())
              .variable(LineReader.HISTORY_FILE, home.resolve("history"))
              .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
              .build();
      ProgressStore store = ProgressStore.in(home);
      LabContext lab =
          new LabContext(
              new Screen(terminal, new Style(false)),
              progress,
              store,
              engine,
              home,
              () -> List.of(LESSON));
      LabCommands commands = new LabCommands();
      LabCompleter completer =
          new LabCompleter(
              commands,
              List::of,
              new EngineNames(() -> EngineNames.Names.NONE),
              lab::currentDirectory);
      new LabShell(lab, reader, commands, completer).run(LESSON);
    }
    return shown.toString(StandardCharsets.UTF_8);
  }
}
