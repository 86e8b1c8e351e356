package io.docklab.run;

import io.docklab.exec.CommandResult;
import io.docklab.exec.PipeLauncher;
import io.docklab.exec.PtyLauncher;
import io.docklab.exec.UserShell;
import io.docklab.exec.Variables;
import io.docklab.exec.Workspace;
import io.docklab.i18n.Messages;
import io.docklab.lesson.Action;
import io.docklab.lesson.CommandAction;
import io.docklab.lesson.FileAction;
import io.docklab.lesson.Lesson;
import io.docklab.lesson.Step;
import io.docklab.util.AnsiText;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Runs a lesson's or a step's {@code setup}: quietly, in the lesson's workspace, through {@link
 * SolutionRunner} as reference solutions run (files written, variables filled in), but with bash on
 * pipes, its output kept out of sight, and a shell state of its own, so that neither a {@code cd}
 * of the learner reaches it nor one of its own reaches the learner. What goes wrong is one
 * sentence: {@code setup of step "x" failed: `command` exited with 1: <its last line of output>}.
 *
 * <p>One instance runs one setup; {@link #interrupt()} from another thread stops it as Ctrl-C
 * would.
 */
public final class StageSetup {
  private static final UserShell BASH = new UserShell(Path.of("/bin/bash"));
  private static final Duration NO_INTERACTIVE = Duration.ofSeconds(1);

  private final Workspace workspace;
  private final Variables variables;
  private final Locale language;
  private volatile SolutionRunner running;
  private volatile boolean interrupted;

  public StageSetup(Workspace workspace, Variables variables, Locale language) {
    this.workspace = workspace;
    this.variables = variables;
    this.language = language;
  }

  /** Runs the lesson's setup; the sentence of what failed, or empty. */
  public Optional<String> lesson(Lesson lesson) throws InterruptedException {
    return run(lesson.setup()).map(problem -> Messages.get("run.setup.lessonFailed", problem));
  }

  /** Runs {@code step}'s setup; the sentence of what failed, or empty. */
  public Optional<String> step(Step step) throws InterruptedException {
    return run(step.setup())
        .map(problem -> Messages.get("run.setup.stepFailed", step.id(), problem));
  }

  /** Stops the setup that runs, as Ctrl-C would; it then fails saying so. */
  public void interrupt() throws InterruptedException {
    interrupted = true;
    SolutionRunner runner = running;
    if (runner != null) {
      runner.interrupt();
    }
  }

  /** Runs {@code actions}; what failed (the command, its exit, its last line), or empty. */
  private Optional<String> run(List<Action> all) throws InterruptedException {
    List<Action> actions = all.stream().filter(this::stillToDo).toList();
    if (actions.isEmpty()) {
      return Optional.empty();
    }
    try (SolutionRunner runner =
        new SolutionRunner(
            workspace,
            variables,
            language,
            OutputStream.nullOutputStream(),
            NO_INTERACTIVE,
            new PipeLauncher(),
            PtyLauncher.sizedFromEnvironment(),
            BASH)) {
      running = runner;
      if (interrupted) {
        runner.interrupt();
      }
      SolutionOutcome outcome = runner.run(actions);
      if (outcome.succeeded()) {
        return Optional.empty();
      }
      String problem = outcome.problem().strip();
      if (problem.endsWith(".")) {
        problem = problem.substring(0, problem.length() - 1);
      }
      String last =
          outcome.failedAction().filter(CommandAction.class::isInstance).isPresent()
              ? outcome.lastResult().map(CommandResult::output).map(StageSetup::lastLine).orElse("")
              : "";
      return Optional.of(last.isEmpty() ? problem : problem + ": " + last);
    } catch (IOException failed) {
      return Optional.of(String.valueOf(failed.getMessage()));
    } finally {
      running = null;
    }
  }

  /**
   * False for a setup file that exists already: setup runs again each time the lab opens the lesson
   * or reaches the step, and must never overwrite what the learner changed since. A reset removes
   * the lesson's files first ({@code creates.files}), so they come back as the lesson gives them.
   */
  private boolean stillToDo(Action action) {
    if (action instanceof FileAction file) {
      try {
        return !Files.exists(workspace.resolve(variables.text(file.path())));
      } catch (RuntimeException | IOException unresolvable) {
        return true; // the runner says what is wrong with it
      }
    }
    return true;
  }

  /** The last line of {@code output} that is not blank, without control characters. */
  static String lastLine(String output) {
    String[] lines = output.replace("\r", "").split("\n");
    for (int i = lines.length - 1; i >= 0; i--) {
      String line = AnsiText.strip(lines[i]).replaceAll("\\p{Cntrl}", "").strip();
      if (!line.isEmpty()) {
        return line;
      }
    }
    return "";
  }
}
