package io.docklab.lesson.load;

import io.docklab.lesson.Lesson;
import java.util.List;
import java.util.Optional;

/** A loaded lesson, or the errors that kept it from loading (sorted by line and column). */
public record LoadResult(String file, Optional<Lesson> lesson, List<LessonError> errors) {
  public LoadResult {
    errors = List.copyOf(errors);
    if (lesson.isPresent() == !errors.isEmpty()) {
      throw new IllegalArgumentException("a result has either a lesson or errors");
    }
  }

  static LoadResult of(String file, Lesson lesson, Problems problems) {
    return problems.isEmpty() && lesson != null
        ? new LoadResult(file, Optional.of(lesson), List.of())
        : new LoadResult(file, Optional.empty(), problems.sorted());
  }

  public boolean ok() {
    return errors.isEmpty();
  }
}
