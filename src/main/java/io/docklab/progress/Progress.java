package io.docklab.progress;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a learner has done: per lesson, the steps done, the step they were on, and the values they
 * chose for the lesson's variables (never secret ones: those are not written anywhere).
 */
public final class Progress {
  private final Map<String, LessonProgress> lessons = new LinkedHashMap<>();

  /** The steps done, the current step and the chosen variable values of one lesson. */
  public record LessonProgress(Set<String> done, String current, Map<String, String> chosen) {
    public LessonProgress {
      done = Set.copyOf(done);
      chosen = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(chosen));
    }

    public LessonProgress(Set<String> done, String current) {
      this(done, current, Map.of());
    }
  }

  /** The values the learner chose for {@code lessonId}'s variables, by name. */
  public synchronized Map<String, String> chosen(String lessonId) {
    LessonProgress lesson = lessons.get(lessonId);
    return lesson == null ? Map.of() : lesson.chosen();
  }

  /** Keeps {@code value} for the variable {@code name} of {@code lessonId}; null forgets it. */
  public synchronized void choose(String lessonId, String name, String value) {
    Map<String, String> chosen = new LinkedHashMap<>(chosen(lessonId));
    if (value == null) {
      chosen.remove(name);
    } else {
      chosen.put(name, value);
    }
    lessons.put(
        lessonId, new LessonProgress(done(lessonId), current(lessonId).orElse(null), chosen));
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
    lessons.put(
        lessonId, new LessonProgress(done, current(lessonId).orElse(null), chosen(lessonId)));
  }

  public synchronized void markNotDone(String lessonId, String stepId) {
    Set<String> done = new LinkedHashSet<>(done(lessonId));
    done.remove(stepId);
    lessons.put(
        lessonId, new LessonProgress(done, current(lessonId).orElse(null), chosen(lessonId)));
  }

  public synchronized void setCurrent(String lessonId, String stepId) {
    lessons.put(lessonId, new LessonProgress(done(lessonId), stepId, chosen(lessonId)));
  }

  /**
   * Forgets the steps of {@code lessonId} (done and current); the values chosen for its variables
   * stay, being settings rather than progress.
   */
  public synchronized void clear(String lessonId) {
    Map<String, String> chosen = chosen(lessonId);
    lessons.remove(lessonId);
    if (!chosen.isEmpty()) {
      lessons.put(lessonId, new LessonProgress(Set.of(), null, chosen));
    }
  }

  /** Every lesson with progress, in the order they were first touched. */
  public synchronized Map<String, LessonProgress> lessons() {
    return Map.copyOf(lessons);
  }

  synchronized void put(String lessonId, LessonProgress lesson) {
    lessons.put(lessonId, lesson);
  }
}
