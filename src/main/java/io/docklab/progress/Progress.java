package io.docklab.progress;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** What a learner has done: per lesson, the steps done and the step they were on. */
public final class Progress {
  private final Map<String, LessonProgress> lessons = new LinkedHashMap<>();

  /** The steps done and the current step of one lesson. */
  public record LessonProgress(Set<String> done, String current) {
    public LessonProgress {
      done = Set.copyOf(done);
    }
  }

  public synchronized Set<String> done(String lessonId) {
    LessonProgress lesson = lessons.get(lessonId);
    return lesson == null ? Set.of() : lesson.done();
  }

  public synchronized Optional<String> current(String lessonId) {
    LessonProgress lesson = lessons.get(lessonId);
    return lesson == null ? Optional.empty() : Optional.ofNullable(lesson.current());
  }

  public synchronized void markDone(String lessonId, String stepId) {
    Set<String> done = new LinkedHashSet<>(done(lessonId));
    done.add(stepId);
    lessons.put(lessonId, new LessonProgress(done, current(lessonId).orElse(null)));
  }

  public synchronized void markNotDone(String lessonId, String stepId) {
    Set<String> done = new LinkedHashSet<>(done(lessonId));
    done.remove(stepId);
    lessons.put(lessonId, new LessonProgress(done, current(lessonId).orElse(null)));
  }

  public synchronized void setCurrent(String lessonId, String stepId) {
    lessons.put(lessonId, new LessonProgress(done(lessonId), stepId));
  }

  /** Forgets everything about {@code lessonId}. */
  public synchronized void clear(String lessonId) {
    lessons.remove(lessonId);
  }

  /** Every lesson with progress, in the order they were first touched. */
  public synchronized Map<String, LessonProgress> lessons() {
    return Map.copyOf(lessons);
  }

  synchronized void put(String lessonId, LessonProgress lesson) {
    lessons.put(lessonId, lesson);
  }
}
