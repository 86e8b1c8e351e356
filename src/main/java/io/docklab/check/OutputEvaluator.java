package io.docklab.check;

import io.docklab.lesson.check.Matcher;
import io.docklab.lesson.check.OutputCheck;
import io.docklab.util.AnsiText;
import java.time.Duration;

/** An {@code output} check: what the learner's last command printed, escape codes removed. */
final class OutputEvaluator implements CheckEvaluator<OutputCheck> {

  @Override
  public CheckResult evaluate(OutputCheck spec, CheckContext context, Duration waited) {
    String output = AnsiText.strip(context.lastOutput() == null ? "" : context.lastOutput().get());
    Matcher shows = TextMatch.substituted(spec.shows(), context.variables());
    String wanted = TextMatch.describe(shows);
    if (shows.test(output)) {
      return Verdict.pass(spec, "check.output.ok", wanted);
    }
    return Verdict.fail(
        spec, context, "check.output.failed", wanted, TextMatch.found(output, shows, true));
  }
}
