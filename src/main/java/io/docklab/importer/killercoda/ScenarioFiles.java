package io.docklab.importer.killercoda;

import io.docklab.lesson.load.LessonText;
import io.docklab.util.FileFaults;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;

/**
 * The files of one scenario, read as text: inside the scenario's directory only, regular files,
 * UTF-8, at most {@link LessonText#MAX_BYTES}. A file that cannot be read is one sentence in the
 * report, never an exception.
 */
final class ScenarioFiles {
  private final Path root;
  private final ImportReport report;
  private Function<String, String> where = value -> "index.json";

  ScenarioFiles(Path root, ImportReport report) {
    this.root = root;
    this.report = report;
  }

  Path root() {
    return root;
  }

  /** How a file named in index.json is placed there ({@code index.json:N}), once it is read. */
  void locate(Function<String, String> where) {
    this.where = where;
  }

  /** The text of {@code relative}, or "" when absent or unreadable, without a note. */
  String quietly(String relative) {
    if (relative.isEmpty()) {
      return "";
    }
    try {
      Path file = root.resolve(relative).normalize();
      if (!file.startsWith(root.normalize())
          || !Files.isRegularFile(file)
          || Files.size(file) > LessonText.MAX_BYTES) {
        return "";
      }
      return Files.readString(file);
    } catch (IOException | java.io.UncheckedIOException e) {
      return "";
    }
  }

  /** The text of {@code relative}, or empty (and a note) when absent or unreadable. */
  Optional<String> text(String relative, String role) {
    if (relative.isEmpty()) {
      return Optional.empty();
    }
    Path file = root.resolve(relative).normalize();
    if (!file.startsWith(root.normalize())) {
      report.notMapped(
          where.apply(relative), role + " " + relative + " lies outside the scenario: skipped");
      return Optional.empty();
    }
    try {
      if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(file)) {
        report.notMapped(where.apply(relative), role + " " + relative + " is missing");
        return Optional.empty();
      }
      if (Files.size(file) > LessonText.MAX_BYTES) {
        report.notMapped(relative, "larger than 16 MiB: skipped");
        return Optional.empty();
      }
      byte[] bytes = Files.readAllBytes(file);
      String text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
      return Optional.of(LessonText.normalize(text));
    } catch (CharacterCodingException notText) {
      report.notMapped(relative, "not UTF-8 text: skipped");
    } catch (IOException e) {
      report.notMapped(relative, "cannot be read: " + FileFaults.describe(e));
    }
    return Optional.empty();
  }
}
