package io.docklab.lesson.check;

import io.docklab.lesson.Text;
import java.time.Duration;

/**
 * A URL answers with {@code status} and a body matching {@code body}, at some moment within {@code
 * within} (the check retries until then).
 */
public record HttpCheck(
    String url, int status, Matcher body, Duration within, Text message, String passesBefore)
    implements CheckSpec {
  /** As {@code status}: any status below 500 will do (a server that answers at all). */
  public static final int ANY_BELOW_500 = 0;

  /** A check that must fail before the step's work (no {@code passesBefore}). */
  public HttpCheck(String url, int status, Matcher body, Duration within, Text message) {
    this(url, status, body, within, message, null);
  }
}
