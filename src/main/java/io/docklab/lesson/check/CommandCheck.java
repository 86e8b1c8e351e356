package io.docklab.lesson.check;

import io.docklab.lesson.Text;

/**
 * A command docklab runs itself in the lesson workspace; its exit code and output are compared.
 *
 * @param exitCode expected exit code, or null for any
 */
public record CommandCheck(
    String run, Integer exitCode, Matcher stdout, Matcher stderr, Text message, String passesBefore)
    implements CheckSpec {
  /** A check that must fail before the step's work (no {@code passesBefore}). */
  public CommandCheck(String run, Integer exitCode, Matcher stdout, Matcher stderr, Text message) {
    this(run, exitCode, stdout, stderr, message, null);
  }
}
