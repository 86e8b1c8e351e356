package io.docklab.lesson.catalog;

import io.docklab.i18n.Messages;
import io.docklab.lesson.Lesson;
import io.docklab.lesson.load.LessonError;
import io.docklab.lesson.load.LessonLoader;
import io.docklab.lesson.load.LoadResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Lints lesson files and directories of lessons, as {@code docklab validate} does. */
public final class LessonValidation {
  /** How many lesson files were read, and every error found in them. */
  public record Report(int lessons, List<LessonError> errors) {
    public Report {
      errors = List.copyOf(errors);
    }

    public boolean clean() {
      return errors.isEmpty();
    }
  }

  private LessonValidation() {}

  public static Report validate(List<Path> paths) {
    List<LessonError> errors = new ArrayList<>();
    List<Path> files = new ArrayList<>();
    for (Path path : paths) {
      if (Files.isDirectory(path)) {
        List<Path> found = LessonFiles.in(path);
        if (found.isEmpty()) {
          errors.add(LessonError.ofFile(path.toString(), Messages.get("validate.noLessons")));
        }
        files.addAll(found);
      } else if (Files.exists(path)) {
        files.add(path);
      } else {
        errors.add(LessonError.ofFile(path.toString(), Messages.get("validate.noSuchPath")));
      }
    }
    Map<String, String> ids = new HashMap<>();
    for (Path file : files) {
      LoadResult result = LessonLoader.load(file);
      errors.addAll(result.errors());
      if (result.lesson().isPresent()) {
        Lesson lesson = result.lesson().get();
        String first = ids.putIfAbsent(lesson.id(), result.file());
        if (first != null) {
          errors.add(
              LessonError.ofFile(
                  result.file(), Messages.get("catalog.duplicate", lesson.id(), first)));
        }
      }
    }
    return new Report(files.size(), errors);
  }
}
