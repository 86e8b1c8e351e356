package io.docklab.lesson.load;

import io.docklab.i18n.Messages;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Loads a lesson file of either format, chosen by its name: {@code .md}, {@code .yaml}, {@code
 * .yml}. Each file is loaded on its own: whatever is in it, the result is the lesson or its errors,
 * never an exception, so that one broken file takes nothing else down.
 */
public final class LessonLoader {
  private LessonLoader() {}

  public static boolean isLessonFile(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.endsWith(".md") || lower.endsWith(".yaml") || lower.endsWith(".yml");
  }

  /** Loads {@code content}, the text of the file called {@code file} in errors. */
  public static LoadResult load(String file, String content) {
    if (content.length() > LessonText.MAX_BYTES) {
      return failed(file, "tooLarge", content.length(), LessonText.MAX_BYTES);
    }
    try {
      return parse(file, LessonText.normalize(content));
    } catch (RuntimeException | StackOverflowError fault) {
      // A fault of docklab's on this file, not of the other files: it is this file's error.
      return failed(file, "loaderFault");
    }
  }

  /** Reads and loads a file; an unreadable file is an error of that file. */
  public static LoadResult load(Path path) {
    String file = path.toString();
    if (!isLessonFile(file)) {
      return failed(file, "notLessonFile");
    }
    try {
      return load(file, LessonText.read(path));
    } catch (LessonText.Unreadable e) {
      return failed(file, e.key(), e.arguments());
    }
  }

  private static LoadResult parse(String file, String content) {
    String lower = file.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".md")) {
      return new MarkdownLessonLoader().load(file, content);
    }
    if (lower.endsWith(".yaml") || lower.endsWith(".yml")) {
      return new YamlLessonLoader().load(file, content);
    }
    return failed(file, "notLessonFile");
  }

  private static LoadResult failed(String file, String key, Object... arguments) {
    return new LoadResult(
        file,
        Optional.empty(),
        List.of(LessonError.ofFile(file, Messages.get("lesson.error." + key, arguments))));
  }

  /** True when {@code id} may be a lesson's or a step's id (the rule the loaders apply). */
  public static boolean isValidId(String id) {
    return id.length() <= NodeReader.MAX_ID_LENGTH && NodeReader.ID.matcher(id).matches();
  }
}
