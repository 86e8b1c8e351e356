package io.docklab.lessontest;

import io.docklab.lesson.Lesson;
import io.docklab.lesson.Step;
import io.docklab.prepare.Progress;

/** Hears how a test run goes, as it goes: the console report, and tests. */
public interface TestListener extends Progress {
  void lessonStarted(Lesson lesson, String source);

  void stepStarted(Step step, StepSelection.Treatment treatment);

  void stepFinished(StepResult result);

  void lessonFinished(LessonResult result);
}
