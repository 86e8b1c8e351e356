package io.docklab.lessontest;

import io.docklab.i18n.Messages;
import io.docklab.lesson.Lesson;
import io.docklab.lesson.Step;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;

/**
 * What {@code docklab test} prints: progress as the run goes (a line per lesson, step and
 * preparation note), then a summary with one line per step and, for a failure, the reason and the
 * last lines of the output.
 */
public final class ConsoleReport implements TestListener {
  private final PrintWriter out;

  public ConsoleReport(PrintWriter out) {
    this.out = out;
  }

  @Override
  public void line(String text) {
    out.println("    " + text.strip());
    out.flush();
  }

  @Override
  public void status(String text) {
    // Long preparations report their status; a test log keeps only the lines.
  }

  @Override
  public void lessonStarted(Lesson lesson, String source) {
    out.println(
        Messages.get(
            "test.lessonStarted", lesson.id(), lesson.title().in(Messages.locale()), source));
    out.flush();
  }

  @Override
  public void stepStarted(Step step, StepSelection.Treatment treatment) {
    String key =
        treatment == StepSelection.Treatment.CHECK ? "test.stepStarted" : "test.stepSolving";
    out.println("  " + Messages.get(key, step.id(), step.title().in(Messages.locale())));
    out.flush();
  }

  @Override
  public void stepFinished(StepResult result) {
    out.println("  " + stepLine(result, 0));
    out.flush();
  }

  @Override
  public void lessonFinished(LessonResult result) {
    if (!result.problem().isEmpty()) {
      out.println("  " + Messages.get("test.lessonProblem", result.problem()));
    }
    out.println();
    out.flush();
  }

  /** The summary: a block per lesson, a line per step, then the totals. */
  public void summary(TestRun run) {
    out.println(Messages.get("test.summary"));
    int width =
        run.lessons().stream()
            .flatMap(lesson -> lesson.steps().stream())
            .mapToInt(step -> step.stepId().length())
            .max()
            .orElse(0);
    for (LessonResult lesson : run.lessons()) {
      out.println(
          Messages.get(
              lesson.passed() ? "test.summary.lessonPassed" : "test.summary.lessonFailed",
              lesson.lessonId(),
              seconds(lesson.took())));
      if (!lesson.problem().isEmpty()) {
        out.println("  " + Messages.get("test.lessonProblem", lesson.problem()));
      }
      for (StepResult step : lesson.steps()) {
        out.println("  " + stepLine(step, width));
        if (!step.outputTail().isEmpty()) {
          for (String line : step.outputTail().split("\n")) {
            out.println("      │ " + line);
          }
        }
      }
      for (String problem : lesson.cleanupProblems()) {
        out.println("  " + problem);
      }
    }
    out.println(
        Messages.get(
            "test.summary.totals",
            run.lessons().size(),
            run.failedLessons(),
            run.count(StepStatus.PASSED),
            run.count(StepStatus.FAILED),
            run.count(StepStatus.SKIPPED)));
    out.flush();
  }

  /** {@code ✓ id 1.2 s}, {@code ✗ id 1.2 s reason}, {@code - id skipped: reason}. */
  static String stepLine(StepResult step, int width) {
    String id = width > 0 ? String.format("%-" + width + "s", step.stepId()) : step.stepId();
    return switch (step.status()) {
      case PASSED -> Messages.get("test.step.passed", id, seconds(step.took()));
      case FAILED -> Messages.get("test.step.failed", id, seconds(step.took()), step.reason());
      case SKIPPED -> Messages.get("test.step.skipped", id, step.reason());
    };
  }

  static String seconds(Duration duration) {
    return String.format(Locale.ROOT, "%.1f", duration.toMillis() / 1000.0);
  }
}
