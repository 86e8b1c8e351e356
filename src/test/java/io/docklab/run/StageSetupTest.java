package io.docklab.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.docklab.exec.Variables;
import io.docklab.exec.Workspace;
import io.docklab.i18n.Messages;
import io.docklab.lesson.Action;
import io.docklab.lesson.Advance;
import io.docklab.lesson.CommandAction;
import io.docklab.lesson.CommandMode;
import io.docklab.lesson.FileAction;
import io.docklab.lesson.Step;
import io.docklab.lesson.Text;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Setup with the real bash and real files, no Docker (SetupLessonIT and LabSetupIT have that). */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class StageSetupTest {
  @TempDir Path root;

  @BeforeEach
  void english() {
    Messages.use(Locale.ENGLISH);
  }

  private static CommandAction command(String run) {
    return new CommandAction(run, CommandMode.PLAIN, List.of());
  }

  private static Step step(List<Action> setup) {
    return new Step(
        "stage",
        Text.same("Stage", List.of("en")),
        Text.EMPTY,
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        setup,
        Advance.AUTO);
  }

  private StageSetup setup() {
    return new StageSetup(
        Workspace.at(root), new Variables(Map.of("who", "Ada Lovelace")), Locale.ENGLISH);
  }

  @Test
  void writesFilesAndRunsCommandsInTheWorkspaceWithTheValuesFilledIn() throws Exception {
    Optional<String> problem =
        setup()
            .step(
                step(
                    List.of(
                        new FileAction("given/{{who}}.txt", Text.same("{{who}}\n", List.of("en"))),
                        command("mkdir -p made && cd made && echo {{who}} > by-setup.txt"))));
    assertEquals(Optional.empty(), problem);
    assertEquals("Ada Lovelace\n", Files.readString(root.resolve("given/Ada Lovelace.txt")));
    assertEquals("Ada Lovelace\n", Files.readString(root.resolve("made/by-setup.txt")));
  }

  @Test
  void aSetupFileNeverOverwritesWhatTheLearnerChanged() throws Exception {
    Files.writeString(root.resolve("index.html"), "edited by the learner\n");
    Optional<String> problem =
        setup()
            .step(
                step(
                    List.of(
                        new FileAction("index.html", Text.same("given\n", List.of("en"))),
                        new FileAction("other.html", Text.same("given\n", List.of("en"))))));
    assertEquals(Optional.empty(), problem);
    assertEquals("edited by the learner\n", Files.readString(root.resolve("index.html")));
    assertEquals("given\n", Files.readString(root.resolve("other.html")));
  }

  @Test
  void aFailingCommandIsOneSentenceWithItsLastLineAndStopsTheSetup() throws Exception {
    Optional<String> problem =
        setup()
            .step(
                step(
                    List.of(
                        command("echo first; echo 'it broke' >&2; printf '\\n  \\n'; exit 3"),
                        command("touch never.txt"))));
    assertEquals(
        Optional.of(
            "setup of step \"stage\" failed: `echo first; echo 'it broke' >&2; printf '\\n  \\n';"
                + " exit 3` exited with 3: it broke"),
        problem);
    assertFalse(Files.exists(root.resolve("never.txt")));
  }

  @Test
  void aFileThatLeavesTheWorkspaceFailsWithoutAnotherCommandsOutput() throws Exception {
    Optional<String> problem =
        setup()
            .step(
                step(
                    List.of(
                        command("echo unrelated"),
                        new FileAction("../out.txt", Text.same("x", List.of("en"))))));
    assertEquals(true, problem.isPresent());
    assertFalse(problem.get().contains("unrelated"), problem.get());
    assertFalse(Files.exists(root.resolveSibling("out.txt")));
  }

  @Test
  void anEmptySetupRunsNothing() throws Exception {
    assertEquals(Optional.empty(), setup().step(step(List.of())));
  }

  @Test
  void theLastLineIsTheLastNonBlankOneWithoutColours() {
    assertEquals("boom", StageSetup.lastLine("one\n\u001b[31mboom\u001b[0m\r\n \n"));
    assertEquals("", StageSetup.lastLine(""));
  }
}
