package io.docklab.classroom;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Events as JSON, both ways, with every rule of docs/classroom-api.md checked on the way in. */
public final class EventJson {
  /** The most events one request may carry. */
  public static final int MAX_BATCH = 100;

  /** The longest line of a failed check. */
  public static final int MAX_LINE = 500;

  private static final long MAX_SEQ = (1L << 53) - 1;
  private static final Instant EARLIEST = Instant.parse("2020-01-01T00:00:00Z");
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]{1,100}");
  private static final Set<String> FIELDS = Set.of("seq", "kind", "lesson", "step", "time", "line");

  private static final ObjectMapper JSON = new ObjectMapper();

  private EventJson() {}

  /**
   * The events of a request body {@code {"events": [...]}}, all valid, else {@link InvalidEvent}.
   */
  public static List<ClassEvent> parseBatch(JsonNode body, Instant now) {
    if (body == null || !body.isObject()) {
      throw new InvalidEvent("the body must be a JSON object {\"events\": [...]}");
    }
    Iterator<String> names = body.fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      if (!name.equals("events")) {
        throw new InvalidEvent("unknown field \"" + name + "\"");
      }
    }
    JsonNode events = body.get("events");
    if (events == null || !events.isArray()) {
      throw new InvalidEvent("\"events\" must be an array");
    }
    if (events.isEmpty() || events.size() > MAX_BATCH) {
      throw new InvalidEvent("\"events\" must hold 1 to " + MAX_BATCH + " events");
    }
    List<ClassEvent> parsed = new ArrayList<>();
    for (int i = 0; i < events.size(); i++) {
      try {
        parsed.add(parse(events.get(i), now));
      } catch (InvalidEvent invalid) {
        throw new InvalidEvent("events[" + i + "]: " + invalid.getMessage());
      }
    }
    return parsed;
  }

  /** One event, all valid, else {@link InvalidEvent}. */
  public static ClassEvent parse(JsonNode event, Instant now) {
    if (event == null || !event.isObject()) {
      throw new InvalidEvent("an event must be a JSON object");
    }
    Iterator<String> names = event.fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      if (!FIELDS.contains(name)) {
        throw new InvalidEvent("unknown field \"" + name + "\"");
      }
    }
    JsonNode seqNode = event.get("seq");
    if (seqNode == null || !seqNode.canConvertToLong() || !seqNode.isIntegralNumber()) {
      throw new InvalidEvent("\"seq\" must be an integer");
    }
    long seq = seqNode.asLong();
    if (seq < 1 || seq > MAX_SEQ) {
      throw new InvalidEvent("\"seq\" must be from 1 to " + MAX_SEQ + ", not " + seq);
    }
    String kindName = text(event, "kind").orElseThrow(() -> missing("kind"));
    EventKind kind =
        EventKind.of(kindName)
            .orElseThrow(
                () ->
                    new InvalidEvent(
                        "unknown kind \""
                            + kindName
                            + "\"; known: "
                            + String.join(", ", EventKind.wires())));
    String lesson = id(event, "lesson").orElseThrow(() -> missing("lesson"));
    Optional<String> step = id(event, "step");
    if (kind.hasStep() && step.isEmpty()) {
      throw missing("step");
    }
    if (!kind.hasStep() && step.isPresent()) {
      throw new InvalidEvent("\"step\" is not allowed in " + kind.wire());
    }
    Instant time = time(event, now);
    Optional<String> line = line(event, "line");
    if (kind == EventKind.CHECK_FAILED) {
      line.orElseThrow(() -> missing("line"));
    } else if (line.isPresent()) {
      throw new InvalidEvent("\"line\" belongs to check-failed only");
    }
    return new ClassEvent(seq, kind, lesson, step, time, line);
  }

  /** The request body that posts {@code events}. */
  public static ObjectNode batch(List<ClassEvent> events) {
    ObjectNode body = JSON.createObjectNode();
    ArrayNode array = body.putArray("events");
    events.forEach(event -> array.add(toJson(event)));
    return body;
  }

  /** One event as the API has it. */
  public static ObjectNode toJson(ClassEvent event) {
    ObjectNode node = JSON.createObjectNode();
    node.put("seq", event.seq());
    node.put("kind", event.kind().wire());
    node.put("lesson", event.lesson());
    event.step().ifPresent(step -> node.put("step", step));
    node.put("time", event.time().toString());
    event.line().ifPresent(line -> node.put("line", line));
    return node;
  }

  private static InvalidEvent missing(String field) {
    return new InvalidEvent("\"" + field + "\" is missing");
  }

  private static Optional<String> text(JsonNode event, String field) {
    JsonNode node = event.get(field);
    if (node == null || node.isNull()) {
      return Optional.empty();
    }
    if (!node.isTextual()) {
      throw new InvalidEvent("\"" + field + "\" must be a string");
    }
    return Optional.of(node.asText());
  }

  private static Optional<String> id(JsonNode event, String field) {
    Optional<String> value = text(event, field);
    if (value.isPresent() && !ID.matcher(value.get()).matches()) {
      throw new InvalidEvent("\"" + field + "\" must be 1 to 100 characters of A-Z a-z 0-9 . _ -");
    }
    return value;
  }

  private static Optional<String> line(JsonNode event, String field) {
    Optional<String> value = text(event, field);
    if (value.isPresent()
        && (value.get().isEmpty()
            || value.get().length() > MAX_LINE
            // NUL: PostgreSQL's text cannot hold it, so no store takes it.
            || value.get().chars().anyMatch(c -> c == '\n' || c == '\r' || c == 0))) {
      throw new InvalidEvent(
          "\"" + field + "\" must be 1 to " + MAX_LINE + " characters on one line");
    }
    return value;
  }

  private static Instant time(JsonNode event, Instant now) {
    String text = text(event, "time").orElseThrow(() -> missing("time"));
    Instant time;
    try {
      time = Instant.parse(text);
    } catch (DateTimeParseException e) {
      throw new InvalidEvent("\"time\" must be an ISO-8601 instant such as 2026-12-02T04:05:06Z");
    }
    if (time.isBefore(EARLIEST) || time.isAfter(now.plus(Duration.ofDays(1)))) {
      throw new InvalidEvent("\"time\" must be from 2020-01-01 to one day from now, not " + text);
    }
    return time;
  }
}
