package io.docklab.lesson.catalog;

import io.docklab.lesson.load.LessonLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Finds lesson files ({@code .md}, {@code .yaml}, {@code .yml}) in a directory tree. */
public final class LessonFiles {
  private LessonFiles() {}

  /** The lesson files under {@code directory}, in a stable order. */
  public static List<Path> in(Path directory) {
    try (Stream<Path> walk = Files.walk(directory)) {
      return walk.filter(Files::isRegularFile)
          .filter(path -> LessonLoader.isLessonFile(path.getFileName().toString()))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
