package io.docklab.lessontest;

import io.docklab.check.CheckResult;
import io.docklab.i18n.Messages;
import io.docklab.lesson.check.CheckKind;
import io.docklab.lesson.check.CheckSpec;
import io.docklab.lesson.check.HttpCheck;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The checks of a step as they are evaluated before its work: once, without a window (an {@code
 * http} check that answers later is no reason to wait), and what it means when one passes.
 */
public final class BeforeWork {
  private BeforeWork() {}

  /** {@code spec} as evaluated before the work: an {@code http} check asks once. */
  public static CheckSpec once(CheckSpec spec) {
    if (spec instanceof HttpCheck http) {
      return new HttpCheck(
          http.url(),
          http.status(),
          http.body(),
          Duration.ZERO,
          http.message(),
          http.passesBefore());
    }
    return spec;
  }

  /**
   * The sentences for the checks that passed before the work without saying they may: each one
   * would let a learner through without doing anything.
   *
   * @param specs the step's checks, as the lesson declares them
   * @param results their results before the work, in the same order
   */
  public static List<String> unexpectedPasses(List<CheckSpec> specs, List<CheckResult> results) {
    List<String> sentences = new ArrayList<>();
    for (int i = 0; i < specs.size(); i++) {
      CheckSpec spec = specs.get(i);
      if (results.get(i).passed() && spec.passesBefore() == null) {
        sentences.add(
            Messages.get("test.passesBefore", i + 1, kind(spec), results.get(i).sentence()));
      }
    }
    return sentences;
  }

  /** The word lesson files use for the kind of {@code spec}. */
  public static String kind(CheckSpec spec) {
    for (CheckKind kind : CheckKind.values()) {
      if (kind.type() == spec.getClass()) {
        return kind.key();
      }
    }
    return spec.getClass().getSimpleName();
  }
}
