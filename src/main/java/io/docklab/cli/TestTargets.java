package io.docklab.cli;

import io.docklab.i18n.Messages;
import io.docklab.lesson.Lesson;
import io.docklab.lesson.catalog.LessonCatalog;
import io.docklab.lesson.catalog.LessonFiles;
import io.docklab.lesson.catalog.LessonValidation;
import io.docklab.lesson.load.LessonError;
import io.docklab.lesson.load.LessonLoader;
import io.docklab.lesson.load.LoadResult;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The lessons {@code docklab test} runs, from its arguments: catalogue ids, lesson files and
 * directories, or the whole catalogue. Every file is validated first; any error ends the command
 * with the validate-style lines and exit status 2.
 */
final class TestTargets {
  /** A lesson and the file it came from. */
  record Target(Lesson lesson, String source) {}

  private final LessonCatalog catalog;

  TestTargets(LessonCatalog catalog) {
    this.catalog = catalog;
  }

  List<Target> resolve(List<String> arguments, PrintWriter err) {
    List<LessonError> errors = new ArrayList<>();
    List<Target> targets = new ArrayList<>();
    if (arguments.isEmpty()) {
      errors.addAll(catalog.problems());
      catalog.lessons().forEach(lesson -> targets.add(new Target(lesson, catalog.source(lesson))));
    }
    for (String argument : arguments) {
      Path path = Path.of(argument);
      Optional<Lesson> byId = catalog.lesson(argument);
      if (Files.exists(path)) {
        LessonValidation.Report report = LessonValidation.validate(List.of(path));
        errors.addAll(report.errors());
        if (report.clean()) {
          targets.addAll(load(path));
        }
      } else if (byId.isPresent()) {
        targets.add(new Target(byId.get(), catalog.source(byId.get())));
      } else {
        errors.add(LessonError.ofFile(argument, Messages.get("test.noSuchLesson")));
      }
    }
    if (!errors.isEmpty()) {
      errors.forEach(err::println);
      err.flush();
      throw new ExitException(ExitCode.USAGE, Messages.get("test.invalid", errors.size()));
    }
    return targets;
  }

  private static List<Target> load(Path path) {
    List<Path> files = Files.isDirectory(path) ? LessonFiles.in(path).files() : List.of(path);
    List<Target> loaded = new ArrayList<>();
    for (Path file : files) {
      LoadResult result = LessonLoader.load(file);
      result.lesson().ifPresent(lesson -> loaded.add(new Target(lesson, result.file())));
    }
    return loaded;
  }
}
