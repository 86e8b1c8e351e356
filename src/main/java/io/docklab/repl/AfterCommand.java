package io.docklab.repl;

import io.docklab.exec.Variables;
import io.docklab.i18n.Messages;
import io.docklab.lesson.CommandAction;
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
 * done · still to do: …} after a step command that others follow; ✗ with what failed after the
 * command meant to finish the step, or a precise word for a docker command that is almost the
 * step's; nothing after a command that had nothing to do with the step. A command that just started
 * a container the step's {@code http} check waits for is watched further in the background.
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
    Optional<String> unexpected = unexpectedExit(commands, shown, raw, line, exitCode);
    if (unexpected.isPresent()) {
      return say(Kind.FAILED, style.bad("✗") + " " + unexpected.get());
    }
    Optional<StepProgress.Place> place =
        line == null ? Optional.empty() : progress.typed(step.id(), line, shown, raw);
    if (place.isPresent() && !place.get().last()) {
      StepProgress.Place at = place.get();
      String next = style.code(at.stillToDo().get(0).strip().replace("\n", " "));
      return say(
          Kind.PROGRESS,
          style.dim(Messages.get("lab.feedback.progress", at.done(), at.total(), next)));
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
   * When {@code line} is one of the step's commands that says how it ends ({@code exitCode}, not
   * the default 0) and it ended otherwise: the sentence that says so. A command that ends as it is
   * meant to, failing on purpose included, gets no mark for its exit status.
   */
  private static Optional<String> unexpectedExit(
      List<CommandAction> commands,
      List<String> shown,
      List<String> raw,
      String line,
      int exitCode) {
    if (line == null) {
      return Optional.empty();
    }
    String typed = StepProgress.normalised(line);
    for (int i = 0; i < commands.size(); i++) {
      CommandAction command = commands.get(i);
      boolean same =
          StepProgress.normalised(shown.get(i)).equals(typed)
              || StepProgress.normalised(raw.get(i)).equals(typed);
      if (same && !command.exitCode().isZero() && !command.exitCode().accepts(exitCode)) {
        return Optional.of(
            Messages.get(
                "run.command.unexpectedExit", shown.get(i).strip(), command.exitCode(), exitCode));
      }
    }
    return Optional.empty();
  }

  private static Answer say(Kind kind, String line) {
    return new Answer(kind, List.of(line), Duration.ZERO);
  }
}
