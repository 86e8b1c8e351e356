package io.docklab.lesson.check;

import io.docklab.lesson.Text;
import java.time.Duration;

/**
 * A URL answers with {@code status} and a body matching {@code body}, at some moment within {@code
 * within} (the check retries until then).
 */
public record HttpCheck(String url, int status, Matcher body, Duration within, Text message)
    implements CheckSpec {}
