package io.docklab.check;

import io.docklab.i18n.Messages;
import io.docklab.lesson.check.CheckSpec;
import java.time.Duration;

/** Builds check results: a pass, a failure with the lesson's own words, or an absent engine. */
final class Verdict {
  private Verdict() {}

  /** A pass, with the sentence of message {@code key}. */
  static CheckResult pass(CheckSpec spec, String key, Object... arguments) {
    return new CheckResult(spec, true, Messages.get(key, arguments), "", false, Duration.ZERO);
  }

  /** A failure, with the sentence of message {@code key} and the lesson's message for it. */
  static CheckResult fail(CheckSpec spec, CheckContext context, String key, Object... arguments) {
    return failWith(spec, context, Messages.get(key, arguments));
  }

  static CheckResult failWith(CheckSpec spec, CheckContext context, String sentence) {
    return new CheckResult(
        spec, false, sentence, lessonMessage(spec, context), false, Duration.ZERO);
  }

  /** The check could not look: no engine answered at {@code address}. */
  static CheckResult engineUnreachable(
      CheckSpec spec, CheckContext context, String address, String reason) {
    return new CheckResult(
        spec,
        false,
        Messages.get("check.engineUnreachable", address, reason),
        lessonMessage(spec, context),
        true,
        Duration.ZERO);
  }

  private static String lessonMessage(CheckSpec spec, CheckContext context) {
    // The one place where lesson messages get their values; a secret one stays hidden.
    return spec.message() == null
        ? ""
        : context.variables().masked().shown(spec.message().in(context.locale()));
  }
}
