package io.docklab.progress;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.docklab.i18n.Messages;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
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
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

  private final Path file;
  private volatile boolean saving = true;

  public ProgressStore(Path file) {
    this.file = file;
  }

  /** The store in {@code dataDirectory}. */
  public static ProgressStore in(Path dataDirectory) {
    return new ProgressStore(dataDirectory.resolve(FILE_NAME));
  }

  public Path file() {
    return file;
  }

  /**
   * What was read, and a sentence for the learner when the file could not be used.
   *
   * @param problem why the file was set aside and where it went; empty when all went well
   */
  public record Loaded(Progress progress, Optional<String> problem) {}

  /** Reads the progress; a missing file is a fresh start. */
  public Loaded load() {
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
    } catch (JsonProcessingException | IllegalArgumentException corrupt) {
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
    String message = exception.getMessage();
    return exception.getClass().getSimpleName() + (message == null ? "" : ": " + message);
  }

  static Progress parse(String json) throws JsonProcessingException {
    JsonNode root = new ObjectMapper().readTree(json);
    if (root == null || !root.isObject()) {
      throw new IllegalArgumentException("not a JSON object");
    }
    if (root.path("version").asInt(-1) != VERSION) {
      throw new IllegalArgumentException("unknown version " + root.path("version"));
    }
    JsonNode lessons = root.path("lessons");
    if (!lessons.isObject()) {
      throw new IllegalArgumentException("no \"lessons\" object");
    }
    Progress progress = new Progress();
    for (Iterator<Map.Entry<String, JsonNode>> it = lessons.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      JsonNode done = entry.getValue().path("done");
      if (!done.isArray()) {
        throw new IllegalArgumentException("lesson " + entry.getKey() + " has no \"done\" list");
      }
      Set<String> steps = new LinkedHashSet<>();
      for (JsonNode step : done) {
        if (!step.isTextual()) {
          throw new IllegalArgumentException("lesson " + entry.getKey() + ": a step id not text");
        }
        steps.add(step.asText());
      }
      JsonNode current = entry.getValue().path("current");
      progress.put(
          entry.getKey(),
          new Progress.LessonProgress(steps, current.isTextual() ? current.asText() : null));
    }
    return progress;
  }

  static String render(Progress progress) throws JsonProcessingException {
    ObjectMapper mapper = new ObjectMapper();
    ObjectNode root = mapper.createObjectNode();
    root.put("version", VERSION);
    ObjectNode lessons = root.putObject("lessons");
    List<String> ids = new ArrayList<>(progress.lessons().keySet());
    ids.sort(null);
    for (String id : ids) {
      Progress.LessonProgress lesson = progress.lessons().get(id);
      ObjectNode node = lessons.putObject(id);
      ArrayNode done = node.putArray("done");
      lesson.done().stream().sorted().forEach(done::add);
      if (lesson.current() != null) {
        node.put("current", lesson.current());
      }
    }
    return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
  }
}
