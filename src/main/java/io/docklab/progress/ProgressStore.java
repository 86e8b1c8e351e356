package io.docklab.progress;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import io.docklab.i18n.Messages;
import io.docklab.util.DataDirectory;
import io.docklab.util.FileFaults;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Keeps a learner's {@link Progress} in {@code <data directory>/progress.json}. A save writes a
 * temporary file next to it and moves it into place, so the file is always whole. A file that
 * cannot be read or understood is renamed {@code progress.json.corrupt-<time>} and reported, never
 * silently overwritten; if it cannot even be renamed, progress is not saved this run, so it is not
 * lost either.
 */
public final class ProgressStore {
  /** The name of the progress file in the data directory. */
  public static final String FILE_NAME = "progress.json";

  private static final int VERSION = 1;
  // Jackson's streaming API: the data-binding ObjectMapper costs start-up time the file does not
  // need.
  private static final JsonFactory JSON = new JsonFactory();
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

  private final Path file;
  private volatile boolean saving = true;
  private volatile Path workspaceHome;

  public ProgressStore(Path file) {
    this.file = file;
    this.workspaceHome = file.getParent();
  }

  /** The store in {@code dataDirectory}. */
  public static ProgressStore in(Path dataDirectory) {
    return new ProgressStore(dataDirectory.resolve(FILE_NAME));
  }

  public Path file() {
    return file;
  }

  /**
   * Whether {@link #save} writes: false once the data directory proved unwritable or a progress
   * file could be neither read nor set aside. The lab then keeps no history either.
   */
  public boolean saves() {
    return saving;
  }

  /**
   * The directory whose {@code workspaces/<lesson id>} hold the lessons' files: the data directory,
   * or, once {@link #load} found that it cannot be written, a fresh private directory (mode 0700)
   * under the system's temporary directory, so that the learner can still work. The one place that
   * choice is made.
   */
  public Path workspaceHome() {
    return workspaceHome;
  }

  /**
   * What was read, and a sentence for the learner when the file could not be used.
   *
   * @param problem why the file was set aside and where it went; empty when all went well
   */
  public record Loaded(Progress progress, Optional<String> problem) {}

  /**
   * Reads the progress; a missing file is a fresh start. When the data directory cannot be written,
   * the progress is read if it can be, nothing will be saved this run, the lessons' files go to a
   * private temporary directory ({@link #workspaceHome}), and the problem says so (in one line, for
   * progress, the command history and the files alike).
   */
  public Loaded load() {
    Optional<String> unwritable = DataDirectory.unwritable(file.getParent());
    if (unwritable.isPresent()) {
      saving = false;
      Progress progress;
      try {
        progress = parse(Files.readString(file, StandardCharsets.UTF_8));
      } catch (IOException | RuntimeException unusable) {
        progress = new Progress();
      }
      Optional<Path> elsewhere = DataDirectory.privateTemporary();
      elsewhere.ifPresent(directory -> workspaceHome = directory);
      return new Loaded(
          progress,
          Optional.of(
              elsewhere
                  .map(
                      directory ->
                          Messages.get(
                              "progress.unwritable.elsewhere",
                              file.getParent(),
                              unwritable.get(),
                              directory))
                  .orElseGet(
                      () ->
                          Messages.get(
                              "progress.unwritable", file.getParent(), unwritable.get()))));
    }
    String json;
    try {
      json = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException absent) {
      return new Loaded(new Progress(), Optional.empty());
    } catch (IOException | RuntimeException unreadable) {
      return setAside(describe(unreadable));
    }
    try {
      return new Loaded(parse(json), Optional.empty());
    } catch (IOException | IllegalArgumentException corrupt) {
      return setAside(describe(corrupt));
    }
  }

  /**
   * Writes {@code progress} whole: to a temporary file in the same directory, then moved over the
   * old one.
   */
  public void save(Progress progress) throws IOException {
    if (!saving) {
      return;
    }
    Files.createDirectories(file.getParent());
    Path temporary = Files.createTempFile(file.getParent(), ".progress-", ".tmp");
    try {
      Files.writeString(temporary, render(progress), StandardCharsets.UTF_8);
      try {
        Files.move(
            temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException notAtomic) {
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  private Loaded setAside(String reason) {
    Path aside = file.resolveSibling(FILE_NAME + ".corrupt-" + LocalDateTime.now().format(STAMP));
    try {
      Files.move(file, aside);
      return new Loaded(
          new Progress(), Optional.of(Messages.get("progress.setAside", file, reason, aside)));
    } catch (IOException | RuntimeException cannotMove) {
      saving = false;
      return new Loaded(
          new Progress(),
          Optional.of(Messages.get("progress.notSaving", file, reason, describe(cannotMove))));
    }
  }

  private static String describe(Exception exception) {
    if (exception instanceof JsonProcessingException json) {
      return json.getOriginalMessage()
          + (json.getLocation() == null
              ? ""
              : " ("
                  + json.getLocation().getLineNr()
                  + ":"
                  + json.getLocation().getColumnNr()
                  + ")");
    }
    if (exception instanceof IOException io) {
      return FileFaults.describe(io);
    }
    String message = exception.getMessage();
    return message == null || message.isBlank() ? Messages.get("file.fault.other") : message;
  }

  static Progress parse(String json) throws IOException {
    try (JsonParser parser = JSON.createParser(json)) {
      expect(parser.nextToken(), JsonToken.START_OBJECT, Messages.get("progress.notObject"));
      Progress progress = null;
      int version = -1;
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String field = parser.currentName();
        JsonToken value = parser.nextToken();
        if (field.equals("version") && value == JsonToken.VALUE_NUMBER_INT) {
          version = parser.getIntValue();
        } else if (field.equals("lessons")) {
          expect(value, JsonToken.START_OBJECT, "no \"lessons\" object");
          progress = lessons(parser);
        } else {
          parser.skipChildren();
        }
      }
      if (version == -1) {
        throw new IllegalArgumentException(Messages.get("progress.noVersion"));
      }
      if (version != VERSION) {
        throw new IllegalArgumentException(Messages.get("progress.unknownVersion", version));
      }
      if (progress == null) {
        throw new IllegalArgumentException("no \"lessons\" object");
      }
      return progress;
    }
  }

  private static Progress lessons(JsonParser parser) throws IOException {
    Progress progress = new Progress();
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String lesson = parser.currentName();
      expect(parser.nextToken(), JsonToken.START_OBJECT, "lesson " + lesson + " is not an object");
      Set<String> done = null;
      String current = null;
      Map<String, String> chosen = new LinkedHashMap<>();
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String field = parser.currentName();
        JsonToken value = parser.nextToken();
        if (field.equals("done")) {
          expect(value, JsonToken.START_ARRAY, "lesson " + lesson + " has no \"done\" list");
          done = new LinkedHashSet<>();
          while (parser.nextToken() == JsonToken.VALUE_STRING) {
            done.add(parser.getText());
          }
          expect(
              parser.currentToken(),
              JsonToken.END_ARRAY,
              "lesson " + lesson + ": a step id not text");
        } else if (field.equals("current") && value == JsonToken.VALUE_STRING) {
          current = parser.getText();
        } else if (field.equals("variables")) {
          expect(value, JsonToken.START_OBJECT, "lesson " + lesson + ": variables not an object");
          while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            expect(parser.nextToken(), JsonToken.VALUE_STRING, "variable " + name + " not text");
            chosen.put(name, parser.getText());
          }
        } else {
          parser.skipChildren();
        }
      }
      if (done == null) {
        throw new IllegalArgumentException("lesson " + lesson + " has no \"done\" list");
      }
      progress.put(lesson, new Progress.LessonProgress(done, current, chosen));
    }
    return progress;
  }

  private static void expect(JsonToken found, JsonToken wanted, String otherwise) {
    if (found != wanted) {
      throw new IllegalArgumentException(otherwise);
    }
  }

  static String render(Progress progress) throws IOException {
    StringWriter text = new StringWriter();
    try (JsonGenerator json = JSON.createGenerator(text).useDefaultPrettyPrinter()) {
      json.writeStartObject();
      json.writeNumberField("version", VERSION);
      json.writeObjectFieldStart("lessons");
      List<String> ids = new ArrayList<>(progress.lessons().keySet());
      ids.sort(null);
      for (String id : ids) {
        Progress.LessonProgress lesson = progress.lessons().get(id);
        json.writeObjectFieldStart(id);
        json.writeArrayFieldStart("done");
        for (String step : lesson.done().stream().sorted().toList()) {
          json.writeString(step);
        }
        json.writeEndArray();
        if (lesson.current() != null) {
          json.writeStringField("current", lesson.current());
        }
        if (!lesson.chosen().isEmpty()) {
          json.writeObjectFieldStart("variables");
          for (Map.Entry<String, String> variable : lesson.chosen().entrySet()) {
            json.writeStringField(variable.getKey(), variable.getValue());
          }
          json.writeEndObject();
        }
        json.writeEndObject();
      }
      json.writeEndObject();
      json.writeEndObject();
    }
    return text + "\n";
  }
}
