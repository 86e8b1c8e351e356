package io.docklab.lesson.check;

import io.docklab.lesson.Text;

/** A file in the lesson workspace: it exists (or not), and its content matches. */
public record FileCheck(
    String path, boolean exists, Matcher content, Text message, String passesBefore)
    implements CheckSpec {
  /** A check that must fail before the step's work (no {@code passesBefore}). */
  public FileCheck(String path, boolean exists, Matcher content, Text message) {
    this(path, exists, content, message, null);
  }
}
