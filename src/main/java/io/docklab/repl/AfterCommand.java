package io.docklab.repl;

import io.docklab.exec.Variables;
import io.docklab.i18n.Messages;
import io.docklab.lesson.CommandAction;
import io.docklab.lesson.CommandMode;
import io.docklab.lesson.Step;
import io.docklab.repl.feedback.NearMiss;
import io.docklab.repl.feedback.StepProgress;
import io.docklab.repl.render.Style;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the lab says after a command: the step's checks are looked at once, so the prompt is back at
 * once, and the answer fits what the command was. ✓ when the step is done; a calm {@code 1 of 2
 * done · still to do: …} after a step command that others follow; ✗ with its exit status after a
 * step command that failed (it is not counted as done); ✗ with what failed after the command meant
 * to finish the step, or a precise word for a docker command that is almost the step's; nothing
 * after a command that had nothing to do with the step. A command that just started a container the
 * step's {@code http} check waits for is watched further in the background.
 */
final class AfterCommand {
  /** What to do. */
  enum Kind {
    PASSED,
    ENGINE_DOWN,
    PROGRESS,
    WATCH,
    FAILED,
    QUIET
  }

  /**
   * The answer to one command.
   *
   * @param lines what to say now
   * @param window for {@link Kind#WATCH}: how long to go on checking in the background
   */
  record Answer(Kind kind, List<String> lines, Duration window) {}

  private final StepChecks checks;
  private final Style style;
  private final StepProgress progress = new StepProgress();

  AfterCommand(StepChecks checks, Style style) {
    this.checks = checks;
    this.style = style;
  }

  /**
   * Judges {@code step} after {@code line} (null for a reference solution run as a whole) ended
   * with {@code exitCode}; {@code meant}: docklab ran it to finish the step, or it is one of the
   * step's own commands.
   */
  Answer judge(Step step, Variables variables, String line, int exitCode, boolean meant)
      throws InterruptedException {
    StepChecks.Verdict verdict = checks.evaluate(step, false);
    if (verdict.engineUnreachable()) {
      return new Answer(Kind.ENGINE_DOWN, List.of(), Duration.ZERO);
    }
    if (verdict.passed()) {
      return new Answer(Kind.PASSED, List.of(), Duration.ZERO);
    }
    List<CommandAction> commands = StepView.commands(step.actions());
    List<String> shown = new ArrayList<>();
    List<String> raw = new ArrayList<>();
    for (CommandAction command : commands) {
      shown.add(variables.commandShown(command.run()));
      raw.add(command.run());
    }
    Optional<String> unexpected = unexpectedExit(step, commands, shown, raw, line, exitCode);
    if (unexpected.isPresent()) {
      return say(Kind.FAILED, style.bad("✗") + " " + unexpected.get());
    }
    Optional<StepProgress.Place> place =
        line == null ? Optional.empty() : progress.typed(step.id(), line, shown, raw);
    if (place.isPresent() && !place.get().last()) {
      StepProgress.Place at = place.get();
      String next = oneLine(at.stillToDo().get(0));
      return say(
          Kind.PROGRESS,
          style.dim(Messages.get("lab.feedback.progress", at.done(), at.total(), next)));
    }
    if (place.isPresent() && moreThanItsCommands(step)) {
      // every command shown is done, and the step asks for more (its solution is not shown)
      return say(
          Kind.PROGRESS,
          style.dim(
              Messages.get("lab.feedback.moreToDo", place.get().done(), place.get().total())));
    }
    if (place.isPresent() || meant) {
      Duration window = StepChecks.backgroundWindow(verdict, line, exitCode);
      if (!window.isZero()) {
        String watching =
            Messages.get("lab.feedback.watching", checks.awaited(verdict), window.toSeconds());
        return new Answer(Kind.WATCH, List.of(style.dim(watching)), window);
      }
      return new Answer(Kind.FAILED, checks.describe(verdict, false), Duration.ZERO);
    }
    Optional<String> nearMiss = line == null ? Optional.empty() : NearMiss.between(line, shown);
    if (nearMiss.isPresent()) {
      return say(Kind.FAILED, style.bad("✗") + " " + nearMiss.get());
    }
    return new Answer(Kind.QUIET, List.of(), Duration.ZERO);
  }

  /**
   * True when the step's reference solution does more than the commands the learner is shown: the
   * step's task lies partly in its text (a solution in a hint, a file to edit), and typing the
   * shown commands is no mistake.
   */
  static boolean moreThanItsCommands(Step step) {
    if (step.solution().isEmpty()) {
      return false;
    }
    List<String> shown =
        StepView.commands(step.actions()).stream().map(CommandAction::run).toList();
    return step.solution().stream()
        .anyMatch(
            action -> !(action instanceof CommandAction command) || !shown.contains(command.run()));
  }

  /**
   * When {@code line} is one of the step's commands and it did not end with the exit status it
   * should (0 unless its {@code exitCode} says otherwise): the sentence that says so, and the
   * command is not counted as done. A command that fails as its {@code exitCode} says gets no mark
   * for its exit status; a {@code long-running} one ends with Ctrl-C, which is no failure.
   */
  private Optional<String> unexpectedExit(
      Step step,
      List<CommandAction> commands,
      List<String> shown,
      List<String> raw,
      String line,
      int exitCode) {
    if (line == null) {
      return Optional.empty();
    }
    int i = StepProgress.indexOf(line, shown, raw);
    if (i < 0 || commands.get(i).exitCode().accepts(exitCode)) {
      return Optional.empty();
    }
    CommandAction command = commands.get(i);
    if (command.exitCode().isZero() && command.mode() == CommandMode.LONG_RUNNING) {
      return Optional.empty();
    }
    StepProgress.Place place = progress.failed(step.id(), line, shown, raw).orElseThrow();
    if (!command.exitCode().isZero()) {
      return Optional.of(
          Messages.get(
              "run.command.unexpectedExit", shown.get(i).strip(), command.exitCode(), exitCode));
    }
    return Optional.of(
        Messages.get("lab.feedback.failed", exitCode, oneLine(place.stillToDo().get(0))));
  }

  /** A command as one line of feedback shows it. */
  private String oneLine(String command) {
    return style.code(command.strip().replace("\n", " "));
  }

  private static Answer say(Kind kind, String line) {
    return new Answer(kind, List.of(line), Duration.ZERO);
  }
}
