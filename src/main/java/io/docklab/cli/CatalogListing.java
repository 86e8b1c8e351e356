package io.docklab.cli;

import io.docklab.i18n.Messages;
import io.docklab.lesson.Lesson;
import io.docklab.lesson.catalog.LessonCatalog;
import io.docklab.lesson.load.LessonError;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Prints the catalogue, in the chosen language: what {@code docklab} and {@code docklab list} show.
 */
final class CatalogListing {
  private CatalogListing() {}

  static int print(LessonCatalog catalog, PrintWriter out, PrintWriter err) {
    Locale locale = Messages.locale();
    List<Lesson> lessons = catalog.lessons();
    int width = lessons.stream().mapToInt(lesson -> lesson.id().length()).max().orElse(0);
    if (lessons.isEmpty()) {
      out.println(Messages.get("list.none"));
    }
    for (Lesson lesson : lessons) {
      String indent = " ".repeat(width + 2);
      out.println(
          String.format("%-" + width + "s  %s", lesson.id(), lesson.title().in(locale))
              + Messages.get("list.size", lesson.steps().size(), lesson.estimatedMinutes()));
      out.println(indent + lesson.summary().in(locale));
    }
    // One line per file that does not load: its first error, and how many more validate shows.
    Map<String, List<LessonError>> byFile = new LinkedHashMap<>();
    for (LessonError problem : catalog.problems()) {
      byFile.computeIfAbsent(problem.file(), file -> new ArrayList<>()).add(problem);
    }
    byFile.forEach(
        (file, errors) ->
            err.println(
                errors.size() == 1
                    ? Messages.get("list.skipped", errors.get(0))
                    : Messages.get("list.skippedMore", errors.get(0), errors.size() - 1, file)));
    out.flush();
    err.flush();
    return ExitCode.OK;
  }
}
