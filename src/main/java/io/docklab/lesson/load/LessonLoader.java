package io.docklab.lesson.load;

import io.docklab.i18n.Messages;
import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Loads a lesson file of either format, chosen by its name: {@code .md}, {@code .yaml}, {@code
 * .yml}.
 */
public final class LessonLoader {
  private LessonLoader() {}

  public static boolean isLessonFile(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.endsWith(".md") || lower.endsWith(".yaml") || lower.endsWith(".yml");
  }

  /** Loads {@code content}, the text of the file called {@code file} in errors. */
  public static LoadResult load(String file, String content) {
    String lower = file.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".md")) {
      return new MarkdownLessonLoader().load(file, content);
    }
    if (lower.endsWith(".yaml") || lower.endsWith(".yml")) {
      return new YamlLessonLoader().load(file, content);
    }
    return failed(file, "lesson.error.notLessonFile");
  }

  /** Reads and loads a file; an unreadable file is an error of that file. */
  public static LoadResult load(Path path) {
    String file = path.toString();
    if (!isLessonFile(file)) {
      return failed(file, "lesson.error.notLessonFile");
    }
    try {
      return load(file, Files.readString(path, StandardCharsets.UTF_8));
    } catch (MalformedInputException e) {
      return failed(file, "lesson.error.notUtf8");
    } catch (IOException e) {
      return new LoadResult(
          file,
          Optional.empty(),
          List.of(LessonError.ofFile(file, Messages.get("lesson.error.unreadable", e))));
    }
  }

  private static LoadResult failed(String file, String key) {
    return new LoadResult(
        file, Optional.empty(), List.of(LessonError.ofFile(file, Messages.get(key))));
  }
}
