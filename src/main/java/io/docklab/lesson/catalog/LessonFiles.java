package io.docklab.lesson.catalog;

import io.docklab.i18n.Messages;
import io.docklab.lesson.load.LessonError;
import io.docklab.lesson.load.LessonLoader;
import io.docklab.util.FileFaults;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds lesson files ({@code .md}, {@code .yaml}, {@code .yml}) in a directory tree: regular files
 * only (a link to one counts; a link to a device or a FIFO does not). A folder that cannot be read
 * is an error of that folder, and the walk goes on.
 */
public final class LessonFiles {
  private LessonFiles() {}

  /** The lesson files found, in a stable order, and the folders that could not be read. */
  public record Found(List<Path> files, List<LessonError> errors) {
    public Found {
      files = List.copyOf(files);
      errors = List.copyOf(errors);
    }
  }

  /** The lesson files under {@code directory}. */
  public static Found in(Path directory) {
    List<Path> files = new ArrayList<>();
    List<LessonError> errors = new ArrayList<>();
    try {
      Files.walkFileTree(
          directory,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
              if (LessonLoader.isLessonFile(file.getFileName().toString())
                  && Files.isRegularFile(file)) {
                files.add(file);
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException failed) {
              errors.add(unreadable(file, failed));
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException failed) {
      errors.add(unreadable(directory, failed));
    }
    files.sort(null);
    return new Found(files, errors);
  }

  private static LessonError unreadable(Path path, IOException failed) {
    return LessonError.ofFile(
        path.toString(), Messages.get("lesson.error.unreadable", FileFaults.describe(failed)));
  }
}
