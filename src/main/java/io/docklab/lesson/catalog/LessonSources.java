package io.docklab.lesson.catalog;

import io.docklab.i18n.Messages;
import io.docklab.lesson.Lesson;
import io.docklab.lesson.load.LessonError;
import io.docklab.lesson.load.LessonLoader;
import io.docklab.lesson.load.LessonText;
import io.docklab.lesson.load.LoadResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The lesson files of a catalogue, in catalogue order (the bundled lessons, then each extra
 * directory), each loaded at most once and only when asked for. {@link #find} opens one lesson
 * without parsing the others: {@code docklab start} needs a single lesson before its first prompt,
 * and parsing a lesson (Markdown and YAML) is most of what the start costs.
 */
public final class LessonSources {
  private final List<Entry> entries;

  private LessonSources(List<Entry> entries) {
    this.entries = entries;
  }

  /** The bundled lessons, then the lesson files of each of {@code directories}; reads none yet. */
  public static LessonSources of(List<Path> directories) {
    List<Entry> entries = new ArrayList<>();
    for (String name : LessonCatalog.bundledNames()) {
      String file = "lessons/" + name;
      Entry[] entry = new Entry[1];
      entry[0] =
          new Entry(
              file,
              () -> LessonCatalog.bundled(name),
              () -> LessonLoader.load(file, entry[0].text()));
      entries.add(entry[0]);
    }
    for (Path directory : directories) {
      if (!Files.isDirectory(directory)) {
        LoadResult missing =
            new LoadResult(
                directory.toString(),
                Optional.empty(),
                List.of(
                    LessonError.ofFile(directory.toString(), Messages.get("catalog.noDirectory"))));
        entries.add(new Entry(directory.toString(), () -> null, () -> missing));
        continue;
      }
      LessonFiles.Found found = LessonFiles.in(directory);
      for (Path file : found.files()) {
        entries.add(new Entry(file.toString(), () -> read(file), () -> LessonLoader.load(file)));
      }
      for (LessonError error : found.errors()) {
        LoadResult unreadable = new LoadResult(error.file(), Optional.empty(), List.of(error));
        entries.add(new Entry(error.file(), () -> null, () -> unreadable));
      }
    }
    return new LessonSources(entries);
  }

  /**
   * The lesson {@code id}, as {@link LessonCatalog#lesson} of the whole catalogue would give it
   * (the first file in catalogue order whose lesson has that id), loading only the files that may
   * hold it: a file whose text plainly declares another id is not parsed.
   */
  public Optional<Lesson> find(String id) {
    for (Entry entry : entries) {
      Optional<String> declared = entry.declaredId();
      if (declared.isPresent() && !declared.get().equals(id)) {
        continue;
      }
      Optional<Lesson> lesson = entry.result().lesson();
      if (lesson.isPresent() && lesson.get().id().equals(id)) {
        return lesson;
      }
    }
    return Optional.empty();
  }

  /** The whole catalogue; the files loaded already (by {@link #find}) are not parsed again. */
  public LessonCatalog catalog() {
    LessonCatalog catalog = new LessonCatalog();
    for (Entry entry : entries) {
      catalog.add(entry.result());
    }
    return catalog;
  }

  /** The files parsed so far, in catalogue order (tests). */
  List<String> parsed() {
    return entries.stream().filter(Entry::parsed).map(entry -> entry.file).toList();
  }

  /**
   * The id that {@code text}, a lesson file called {@code file}, plainly declares: the value of its
   * one top-level {@code id:} line (in the front matter of a Markdown lesson). Empty when that is
   * not plain (no such line, several, a quoted or flow value the loader would read otherwise).
   */
  static Optional<String> declaredId(String file, String text) {
    boolean markdown = file.toLowerCase(Locale.ROOT).endsWith(".md");
    String[] lines = text.split("\n", -1);
    int first = 0;
    if (markdown) {
      if (lines.length == 0 || !lines[0].strip().equals("---")) {
        return Optional.empty();
      }
      first = 1;
    }
    String found = null;
    for (int i = first; i < lines.length; i++) {
      String line =
          lines[i].endsWith("\r") ? lines[i].substring(0, lines[i].length() - 1) : lines[i];
      if (markdown && (line.equals("---") || line.equals("..."))) {
        break;
      }
      if (!line.startsWith("id:")
          || line.length() > 3 && line.charAt(3) != ' ' && line.charAt(3) != '\t') {
        continue;
      }
      if (found != null) {
        return Optional.empty();
      }
      found = plain(line.substring(3));
      if (found == null) {
        return Optional.empty();
      }
    }
    return Optional.ofNullable(found);
  }

  /** A plain scalar such as {@code get-started-part2}, quotes and a comment aside; else null. */
  private static String plain(String value) {
    String text = value;
    int comment = text.indexOf(" #");
    if (comment >= 0) {
      text = text.substring(0, comment);
    }
    text = text.strip();
    if (text.length() >= 2
        && (text.startsWith("\"") && text.endsWith("\"")
            || text.startsWith("'") && text.endsWith("'"))) {
      text = text.substring(1, text.length() - 1);
    }
    return text.matches("[A-Za-z0-9][A-Za-z0-9._-]*") ? text : null;
  }

  private static String read(Path file) {
    try {
      return LessonText.read(file);
    } catch (LessonText.Unreadable unreadable) {
      return null; // The loader reports it, when the file is loaded.
    }
  }

  /** One lesson file: its text and its load result, each made once. */
  private static final class Entry {
    private final String file;
    private final Supplier<String> reader;
    private final Supplier<LoadResult> loader;
    private boolean read;
    private String text;
    private LoadResult result;

    Entry(String file, Supplier<String> reader, Supplier<LoadResult> loader) {
      this.file = file;
      this.reader = reader;
      this.loader = loader;
    }

    /** The file's text, or null when it cannot be read. */
    synchronized String text() {
      if (!read) {
        text = reader.get();
        read = true;
      }
      return text;
    }

    Optional<String> declaredId() {
      String content = text();
      return content == null ? Optional.empty() : LessonSources.declaredId(file, content);
    }

    synchronized boolean parsed() {
      return result != null;
    }

    synchronized LoadResult result() {
      if (result == null) {
        result = loader.get();
      }
      return result;
    }
  }
}
