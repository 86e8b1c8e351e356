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

  /** Validates each path in turn: a lesson file, or a directory of them. */
  public static Report validate(List<Path> paths) {
    List<LessonError> errors = new ArrayList<>();
    Map<String, String> ids = new HashMap<>();
    RecipeConflicts recipes = new RecipeConflicts();
    int lessons = 0;
    for (Path path : paths) {
      List<Path> files = List.of();
      if (Files.isDirectory(path)) {
        LessonFiles.Found found = LessonFiles.in(path);
        files = found.files();
        errors.addAll(found.errors());
        if (files.isEmpty() && found.errors().isEmpty()) {
          errors.add(LessonError.ofFile(path.toString(), Messages.get("validate.noLessons")));
        }
      } else if (Files.exists(path)) {
        files = List.of(path);
      } else {
        errors.add(LessonError.ofFile(path.toString(), Messages.get("validate.noSuchPath")));
      }
      for (Path file : files) {
        errors.addAll(validate(file, ids, recipes));
      }
      lessons += files.size();
    }
    return new Report(lessons, errors);
  }

  /**
   * The errors of one file, a lesson id that an earlier file already used, and offline recipes that
   * differ from an earlier file's for the same image.
   */
  private static List<LessonError> validate(
      Path file, Map<String, String> ids, RecipeConflicts recipes) {
    LoadResult result = LessonLoader.load(file);
    if (result.lesson().isEmpty()) {
      return result.errors();
    }
    Lesson lesson = result.lesson().get();
    List<LessonError> errors = new ArrayList<>(recipes.add(result.file(), lesson));
    String first = ids.putIfAbsent(lesson.id(), result.file());
    if (first != null) {
      errors.add(
          LessonError.ofFile(result.file(), Messages.get("catalog.duplicate", lesson.id(), first)));
    }
    return errors;
  }
}
