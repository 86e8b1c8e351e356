package io.docklab.lesson.check;

import io.docklab.lesson.Text;

/** What the learner's last command printed (standard output and error together). */
public record OutputCheck(Matcher shows, Text message, String passesBefore) implements CheckSpec {
  /** A check that must fail before the step's work (no {@code passesBefore}). */
  public OutputCheck(Matcher shows, Text message) {
    this(shows, message, null);
  }
}
