package io.docklab.lesson.catalog;

import io.docklab.i18n.Messages;
import io.docklab.lesson.Lesson;
import io.docklab.lesson.Requirements;
import io.docklab.lesson.load.LessonError;
import io.docklab.lesson.load.LoadResult;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The lessons a learner can choose from: those bundled in docklab (listed in {@code
 * lessons/index.txt} on the class path) and those in extra directories. Lessons that do not load
 * are kept aside as problems, so one broken file does not hide the others.
 */
public final class LessonCatalog {
  /** The list of bundled lesson files, one name a line, next to them on the class path. */
  public static final String INDEX = "lessons/index.txt";

  /** The environment variable naming extra lesson directories, separated like PATH. */
  public static final String ENVIRONMENT = "DOCKLAB_LESSONS";

  private final Map<String, Lesson> lessons = new LinkedHashMap<>();
  private final Map<String, String> sources = new LinkedHashMap<>();
  private final List<LessonError> problems = new ArrayList<>();
  private final RecipeConflicts recipes = new RecipeConflicts();
  private final List<LessonError> recipeConflicts = new ArrayList<>();

  LessonCatalog() {}

  /** The bundled lessons, then the lessons in each of {@code directories}. */
  public static LessonCatalog load(List<Path> directories) {
    return LessonSources.of(directories).catalog();
  }

  /**
   * The extra directories: those given as options, then those in {@code environment} (the value of
   * {@value #ENVIRONMENT}, or null).
   */
  public static List<Path> directories(List<Path> options, String environment) {
    List<Path> directories = new ArrayList<>(options);
    if (environment != null) {
      for (String entry : environment.split(File.pathSeparator)) {
        if (!entry.isBlank()) {
          directories.add(Path.of(entry));
        }
      }
    }
    return directories.stream().distinct().toList();
  }

  public List<Lesson> lessons() {
    return List.copyOf(lessons.values());
  }

  public Optional<Lesson> lesson(String id) {
    return Optional.ofNullable(lessons.get(id));
  }

  /** What the lessons of the catalogue need, all together (for docklab prepare and doctor). */
  public Requirements requirements() {
    return Requirements.union(lessons.values().stream().map(Lesson::requires).toList());
  }

  /** Where a lesson of this catalogue was loaded from. */
  public String source(Lesson lesson) {
    return sources.get(lesson.id());
  }

  /** The errors of the lesson files that did not load, and of directories that do not exist. */
  public List<LessonError> problems() {
    return List.copyOf(problems);
  }

  /**
   * Lessons left out because an offline recipe of theirs differs from an earlier lesson's for the
   * same image (also in {@link #problems()}): {@code docklab prepare} fails on them.
   */
  public List<LessonError> recipeConflicts() {
    return List.copyOf(recipeConflicts);
  }

  void add(LoadResult result) {
    problems.addAll(result.errors());
    result
        .lesson()
        .ifPresent(
            lesson -> {
              if (lessons.containsKey(lesson.id())) {
                problems.add(
                    LessonError.ofFile(
                        result.file(),
                        Messages.get("catalog.duplicate", lesson.id(), sources.get(lesson.id()))));
                return;
              }
              List<LessonError> conflicts = recipes.add(result.file(), lesson);
              if (!conflicts.isEmpty()) {
                problems.addAll(conflicts);
                recipeConflicts.addAll(conflicts);
              } else {
                lessons.put(lesson.id(), lesson);
                sources.put(lesson.id(), result.file());
              }
            });
  }

  /** The names listed in {@value #INDEX}: one a line, blank lines and {@code #} comments aside. */
  static List<String> bundledNames() {
    List<String> names = new ArrayList<>();
    for (String line : bundled("index.txt").split("\n")) {
      String name = line.strip();
      if (!name.isEmpty() && !name.startsWith("#")) {
        names.add(name);
      }
    }
    return names;
  }

  static String bundled(String name) {
    String resource = "/lessons/" + name;
    try (InputStream in = LessonCatalog.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("docklab is missing its bundled " + resource);
      }
      try (BufferedReader reader =
          new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        return String.join("\n", reader.lines().toList()) + "\n";
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
