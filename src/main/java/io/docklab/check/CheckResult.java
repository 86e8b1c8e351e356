package io.docklab.check;

import io.docklab.lesson.check.CheckSpec;
import java.time.Duration;

/**
 * The verdict on one check.
 *
 * @param sentence what was expected and what was found, in one sentence in docklab's language (for
 *     a pass: what was found)
 * @param lessonMessage the lesson's own words for a failure, in the learner's language; empty when
 *     the lesson gives none
 * @param engineUnreachable the check could not look because the Docker engine did not answer; the
 *     sentence then says "Docker engine not reachable at …"
 * @param took how long the evaluation (with its window) took
 */
public record CheckResult(
    CheckSpec spec,
    boolean passed,
    String sentence,
    String lessonMessage,
    boolean engineUnreachable,
    Duration took) {

  /** This result, with {@code took} as the time its evaluation (and window) took. */
  public CheckResult withTook(Duration took) {
    return new CheckResult(spec, passed, sentence, lessonMessage, engineUnreachable, took);
  }
}
