package io.docklab.lessontest;

import java.time.Duration;

/**
 * How {@code docklab test} runs each lesson.
 *
 * @param keep leave what the lessons made in place after the run, for debugging
 * @param window how long checks other than {@code http} may take to pass after a step's solution
 *     ({@code http} checks get at least their own {@code within})
 * @param interactiveTimeout how long an interactive command may take with its scripted input
 */
public record TestOptions(
    StepSelection selection, boolean keep, Duration window, Duration interactiveTimeout) {
  public static final Duration DEFAULT_WINDOW = Duration.ofSeconds(5);
  public static final Duration DEFAULT_INTERACTIVE_TIMEOUT = Duration.ofSeconds(60);
}
