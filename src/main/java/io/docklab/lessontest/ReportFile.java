package io.docklab.lessontest;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes a report to a file, making its directory first: {@code --junit} and {@code --json}. */
final class ReportFile {
  /** What goes into the file. */
  interface Body {
    void writeTo(OutputStream out) throws IOException;
  }

  private ReportFile() {}

  static void write(Path file, Body body) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    try (OutputStream out = Files.newOutputStream(file)) {
      body.writeTo(out);
    }
  }
}
