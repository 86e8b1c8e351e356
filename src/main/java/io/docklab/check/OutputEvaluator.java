package io.docklab.check;

import io.docklab.lesson.check.OutputCheck;
import java.time.Duration;

/** An {@code output} check: what the learner's last command printed, escape codes removed. */
final class OutputEvaluator implements CheckEvaluator<OutputCheck> {

  @Override
  public CheckResult evaluate(OutputCheck spec, CheckContext context, Duration waited) {
    String output = AnsiText.strip(context.lastOutput() == null ? "" : context.lastOutput().get());
    String wanted = TextMatch.describe(spec.shows());
    if (spec.shows().test(output)) {
      return Verdict.pass(spec, "check.output.ok", wanted);
    }
    return Verdict.fail(
        spec, context, "check.output.failed", wanted, TextMatch.found(output, spec.shows(), true));
  }
}
