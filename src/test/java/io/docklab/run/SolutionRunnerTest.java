package io.docklab.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.docklab.exec.CommandResult;
import io.docklab.exec.PipeLauncher;
import io.docklab.exec.PtyLauncher;
import io.docklab.exec.ShellSession;
import io.docklab.exec.ShellState;
import io.docklab.exec.UserShell;
import io.docklab.exec.Variables;
import io.docklab.exec.Workspace;
import io.docklab.i18n.Messages;
import io.docklab.lesson.Action;
import io.docklab.lesson.CommandAction;
import io.docklab.lesson.CommandMode;
import io.docklab.lesson.FileAction;
import io.docklab.lesson.Text;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The runner with the real shell and real processes, no Docker (SolutionRunnerIT has that). */
class SolutionRunnerTest {
  private static final String NASTY = "$(touch pwned)'; rm -rf keep; echo \"`id`\"";

  @TempDir Path root;
  private final ByteArrayOutputStream live = new ByteArrayOutputStream();
  private SolutionRunner runner;

  @BeforeEach
  void start() {
    Messages.use(Locale.ENGLISH);
    runner =
        new SolutionRunner(
            Workspace.at(root),
            new Variables(Map.of("who", "Ada", "nasty", NASTY)),
            Locale.JAPANESE,
            live,
            Duration.ofSeconds(20),
            new PipeLauncher(),
            new PtyLauncher(80, 24),
            new UserShell(Path.of("/bin/bash")));
  }

  @AfterEach
  void stop() throws Exception {
    runner.close();
  }

  private static CommandAction plain(String run) {
    return new CommandAction(run, CommandMode.PLAIN, List.of());
  }

  @Test
  void writesFilesAndACdCarriesOverToLaterSteps() throws Exception {
    SolutionOutcome first =
        runner.run(
            List.of(
                new FileAction("sub/notes.txt", Text.same("hello {{who}}\n", List.of("en", "ja"))),
                plain("cd sub"),
                plain("cat notes.txt")));
    assertTrue(first.succeeded(), first.problem());
    assertEquals("hello Ada\n", runner.lastOutput());
    assertEquals("hello Ada\n", first.lastResult().orElseThrow().output());

    SolutionOutcome second = runner.run(List.of(plain("pwd")));
    assertTrue(second.succeeded(), second.problem());
    assertEquals(root.toRealPath().resolve("sub") + "\n", runner.lastOutput());
    assertTrue(live.toString().contains("hello Ada"), "output is shown live: " + live);
  }

  @Test
  void aValueWithShellSyntaxIsOneHarmlessWord() throws Exception {
    Files.writeString(root.resolve("keep"), "still here");
    SolutionOutcome outcome = runner.run(List.of(plain("printf '%s\\n' {{nasty}}")));
    assertTrue(outcome.succeeded(), outcome.problem());
    assertEquals(NASTY + "\n", runner.lastOutput());
    assertFalse(Files.exists(root.resolve("pwned")), "a command substitution ran");
    assertTrue(Files.exists(root.resolve("keep")), "rm ran");
  }

  @Test
  void anExportCarriesOverToLaterStepsServersAndInteractiveCommands() throws Exception {
    assertTrue(runner.run(List.of(plain("export GREETING='hi there'; cd /"))).succeeded());
    SolutionOutcome later =
        runner.run(
            List.of(
                plain("echo \"$GREETING\" > " + root.resolve("plain.txt")),
                new CommandAction(
                    "echo \"$GREETING $(pwd)\" > " + root.resolve("interactive.txt"),
                    CommandMode.INTERACTIVE,
                    List.of()),
                new CommandAction(
                    "echo \"$GREETING $(pwd)\" > "
                        + root.resolve("server.txt")
                        + "; echo serving; while :; do sleep 0.1; done",
                    CommandMode.LONG_RUNNING,
                    List.of())));
    assertTrue(later.succeeded(), later.problem());
    awaitOutput("serving");
    runner.stopBackground();
    assertEquals("hi there\n", Files.readString(root.resolve("plain.txt")));
    assertEquals("hi there /\n", Files.readString(root.resolve("interactive.txt")));
    assertEquals("hi there /\n", Files.readString(root.resolve("server.txt")));
  }

  @Test
  void aRunnerOnTheLearnersStateStartsWhereTheyAreAndLeavesThemWhereItEnds() throws Exception {
    ShellState state = new ShellState(Workspace.at(root));
    UserShell bash = new UserShell(Path.of("/bin/bash"));
    new ShellSession(state, new PipeLauncher(), bash, live).run("mkdir -p app; cd app; export V=1");
    try (SolutionRunner solve =
        new SolutionRunner(
            Workspace.at(root),
            Variables.NONE,
            Locale.ENGLISH,
            live,
            Duration.ofSeconds(20),
            state)) {
      SolutionOutcome outcome = solve.run(List.of(plain("echo \"$V $(pwd)\"; export W=2; cd ..")));
      assertTrue(outcome.succeeded(), outcome.problem());
      assertEquals("1 " + root.toRealPath().resolve("app") + "\n", solve.lastOutput());
    }
    CommandResult after =
        new ShellSession(state, new PipeLauncher(), bash, live).run("echo \"$W $(pwd)\"");
    assertEquals("2 " + root.toRealPath() + "\n", after.output());
  }

  @Test
  void aFilePathGetsItsValuesAndStaysInTheWorkspace() throws Exception {
    assertTrue(
        runner
            .run(List.of(new FileAction("f-{{who}}.txt", Text.same("x", List.of("en")))))
            .succeeded());
    assertTrue(Files.exists(root.resolve("f-Ada.txt")));
    SolutionOutcome escaping =
        runner.run(List.of(new FileAction("{{nasty}}/../../x", Text.same("x", List.of("en")))));
    assertFalse(escaping.succeeded());
  }

  @Test
  void aProblemNamesTheCommandAsItRan() throws Exception {
    SolutionOutcome outcome = runner.run(List.of(plain("ls no-such-{{who}}")));
    assertEquals("`ls no-such-Ada` exited with 2.", outcome.problem());
  }

  @Test
  void aFailingCommandStopsTheStepAndSaysItsExitCode() throws Exception {
    Action failing = plain("ls no-such-file");
    SolutionOutcome outcome = runner.run(List.of(failing, plain("touch after")));
    assertFalse(outcome.succeeded());
    assertEquals(Optional.of(failing), outcome.failedAction());
    assertEquals("`ls no-such-file` exited with 2.", outcome.problem());
    assertFalse(Files.exists(root.resolve("after")), "the step went on after the failure");
    assertTrue(runner.lastOutput().contains("no-such-file"), runner.lastOutput());
  }

  @Test
  void aProblemSentenceIsInTheChosenLanguage() throws Exception {
    Messages.use(Locale.JAPANESE);
    SolutionOutcome outcome = runner.run(List.of(plain("exit 4")));
    assertEquals("`exit 4` が終了コード 4 で終わりました。", outcome.problem());
  }

  @Test
  void aFileInSeveralLanguagesIsWrittenInTheRunnersLanguageOnly() throws Exception {
    Map<String, String> byLanguage = new LinkedHashMap<>();
    byLanguage.put("en", "# the base image\nFROM python\n");
    byLanguage.put("ja", "# ベースイメージ\nFROM python\n");
    SolutionOutcome outcome =
        runner.run(List.of(new FileAction("Dockerfile", Text.of(byLanguage))));
    assertTrue(outcome.succeeded(), outcome.problem());
    assertEquals(
        "# ベースイメージ\nFROM python\n",
        Files.readString(root.resolve("Dockerfile"), StandardCharsets.UTF_8));
  }

  @Test
  void aFileOutsideTheWorkspaceIsRefused() throws Exception {
    Action escaping = new FileAction("../outside.txt", Text.same("x", List.of("en")));
    SolutionOutcome outcome = runner.run(List.of(escaping));
    assertEquals(Optional.of(escaping), outcome.failedAction());
    assertTrue(outcome.problem().contains("'../outside.txt'"), outcome.problem());
    assertTrue(outcome.problem().contains("leads outside"), outcome.problem());
    assertFalse(Files.exists(root.resolveSibling("outside.txt")));
  }

  @Test
  void anInteractiveCommandIsTypedIntoInTheSessionsDirectory() throws Exception {
    Files.createDirectories(root.resolve("here"));
    SolutionOutcome outcome =
        runner.run(
            List.of(
                plain("cd here"),
                new CommandAction(
                    "read -p 'name? ' name; echo \"hi $name in $(basename \"$PWD\")\"",
                    CommandMode.INTERACTIVE,
                    List.of("{{who}}"))));
    assertTrue(outcome.succeeded(), outcome.problem());
    assertTrue(runner.lastOutput().contains("hi Ada in here"), runner.lastOutput());
  }

  @Test
  void anInteractiveCommandThatOutlivesItsBoundFails() throws Exception {
    try (SolutionRunner quick =
        new SolutionRunner(
            Workspace.at(root),
            Variables.NONE,
            Locale.ENGLISH,
            live,
            Duration.ofSeconds(1),
            new PipeLauncher(),
            new PtyLauncher(80, 24),
            new UserShell(Path.of("/bin/bash")))) {
      long began = System.nanoTime();
      SolutionOutcome outcome =
          quick.run(
              List.of(
                  new CommandAction("echo waiting; sleep 60", CommandMode.INTERACTIVE, List.of())));
      assertFalse(outcome.succeeded());
      assertEquals(
          "`echo waiting; sleep 60` did not finish within 1 s and was stopped.", outcome.problem());
      assertTrue(outcome.lastResult().orElseThrow().timedOut());
      assertTrue(quick.lastOutput().contains("waiting"), quick.lastOutput());
      assertTrue(Duration.ofNanos(System.nanoTime() - began).toSeconds() < 10);
    }
  }

  @Test
  void aLongRunningCommandRunsUntilTheStepEnds() throws Exception {
    SolutionOutcome outcome =
        runner.run(
            List.of(
                new CommandAction(
                    "trap 'echo stopped; exit 0' INT; echo serving; while :; do sleep 0.1; done",
                    CommandMode.LONG_RUNNING,
                    List.of())));
    assertTrue(outcome.succeeded(), outcome.problem());
    awaitOutput("serving");
    SolutionOutcome stopped = runner.stopBackground();
    assertTrue(stopped.succeeded(), stopped.problem());
    assertTrue(runner.lastOutput().contains("stopped"), runner.lastOutput());
  }

  @Test
  void aLongRunningCommandThatEndsWithAFailureIsTheProblem() throws Exception {
    CommandAction server =
        new CommandAction("echo $$ > server.pid; exit 7", CommandMode.LONG_RUNNING, List.of());
    SolutionOutcome outcome = runner.run(List.of(server, plain(UNTIL_THE_SERVER_ENDED)));
    assertEquals(Optional.of(server), outcome.failedAction());
    assertEquals(
        "`echo $$ > server.pid; exit 7` ended by itself with exit code 7"
            + " while it should have kept running.",
        outcome.problem());

    Files.delete(root.resolve("server.pid"));
    CommandAction later =
        new CommandAction(
            "echo $$ > server.pid; read -t 10 never < /dev/null; exit 9",
            CommandMode.LONG_RUNNING,
            List.of());
    assertTrue(runner.run(List.of(later)).succeeded());
    awaitEnded(root.resolve("server.pid"));
    SolutionOutcome stopped = runner.stopBackground();
    assertEquals(Optional.of(later), stopped.failedAction());
    assertTrue(stopped.problem().contains("exit code 9"), stopped.problem());
  }

  /** A plain command that returns once the server that wrote server.pid has ended. */
  private static final String UNTIL_THE_SERVER_ENDED =
      "until [ -s server.pid ] && ! kill -0 $(cat server.pid) 2>/dev/null; do sleep 0.05; done";

  /** Waits until the process whose id is in {@code pidFile} has ended and been reaped. */
  private static void awaitEnded(Path pidFile) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (true) {
      assertTrue(System.nanoTime() < deadline, "the server never ended");
      if (Files.exists(pidFile) && !Files.readString(pidFile).isBlank()) {
        long pid = Long.parseLong(Files.readString(pidFile).strip());
        if (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false) == false) {
          return;
        }
      }
      Thread.sleep(20);
    }
  }

  private void awaitOutput(String text) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (!runner.lastOutput().contains(text)) {
      assertTrue(System.nanoTime() < deadline, "no '" + text + "' in " + runner.lastOutput());
      Thread.sleep(50);
    }
  }
}
