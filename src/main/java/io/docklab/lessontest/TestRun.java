package io.docklab.lessontest;

import java.util.List;

/**
 * The results of a whole {@code docklab test} run.
 *
 * @param engineUnreachable a check or a cleanup could not reach the Docker engine
 * @param interrupted the run was stopped by SIGINT or SIGTERM
 */
public record TestRun(List<LessonResult> lessons, boolean engineUnreachable, boolean interrupted) {
  public TestRun {
    lessons = List.copyOf(lessons);
  }

  public boolean passed() {
    return !interrupted && lessons.stream().allMatch(LessonResult::passed);
  }

  public long count(StepStatus status) {
    return lessons.stream().mapToLong(lesson -> lesson.count(status)).sum();
  }

  public long failedLessons() {
    return lessons.stream().filter(lesson -> !lesson.passed()).count();
  }
}
