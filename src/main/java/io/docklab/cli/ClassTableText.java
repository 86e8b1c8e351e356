package io.docklab.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.docklab.i18n.Messages;
import io.docklab.repl.render.Columns;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The class table ({@code GET /api/v1/table}) as lines for a terminal of {@code width} columns: per
 * learner its name, then per lesson one mark per step (done, current, not reached) and the facts of
 * the current step, as the dashboard shows them.
 */
final class ClassTableText {
  static final String DONE = "✓";
  static final String CURRENT = "▶";
  static final String NOT_REACHED = "·";

  private ClassTableText() {}

  static List<String> lines(JsonNode table, int width) {
    List<String> lines = new ArrayList<>();
    Instant now = instant(table.path("now").asText()).orElseGet(Instant::now);
    int stuckMinutes = table.path("stuckMinutes").asInt(10);
    lines.add(
        Messages.get(
            "class.status.teacher",
            table.path("class").asText(),
            Integer.toString(table.path("learners").size()),
            Integer.toString(stuckMinutes)));
    lines.add(Messages.get("class.status.legend"));
    int lessonWidth = 0;
    for (JsonNode lesson : table.path("lessons")) {
      lessonWidth = Math.max(lessonWidth, Columns.of(lesson.path("id").asText()));
    }
    lessonWidth = Math.min(lessonWidth, width / 3);
    for (JsonNode row : table.path("learners")) {
      List<String> lessonLines = new ArrayList<>();
      boolean stuck = false;
      for (JsonNode lesson : table.path("lessons")) {
        JsonNode state = row.path("lessons").path(lesson.path("id").asText());
        if (!state.isObject()) {
          continue;
        }
        StringBuilder marks = new StringBuilder();
        for (JsonNode step : lesson.path("steps")) {
          marks.append(' ').append(mark(state, step.asText()));
        }
        lessonLines.add(
            "  "
                + pad(Columns.truncate(lesson.path("id").asText(), lessonWidth), lessonWidth)
                + marks);
        if (!state.path("current").isTextual()) {
          continue;
        }
        Duration on =
            instant(state.path("since").asText())
                .map(since -> Duration.between(since, now))
                .filter(duration -> !duration.isNegative())
                .orElse(Duration.ZERO);
        long minutes = on.toMinutes();
        stuck |= on.compareTo(Duration.ofMinutes(stuckMinutes)) > 0 && row.path("left").isNull();
        lessonLines.add(
            "    "
                + Messages.get(
                    "class.status.current",
                    state.path("current").asText(),
                    Long.toString(minutes),
                    Integer.toString(state.path("failedChecks").asInt()),
                    Integer.toString(state.path("hints").asInt()),
                    Integer.toString(state.path("solutions").asInt())));
        if (state.path("lastFailure").isTextual()) {
          lessonLines.add(
              "    "
                  + Messages.get("class.status.lastFailure", state.path("lastFailure").asText()));
        }
      }
      StringBuilder name = new StringBuilder(row.path("name").asText());
      if (!row.path("left").isNull()) {
        name.append(' ').append(Messages.get("class.status.left"));
      }
      if (stuck) {
        name.append("  ").append(Messages.get("class.status.stuck"));
      }
      lines.add(name.toString());
      if (lessonLines.isEmpty()) {
        lessonLines.add("  " + Messages.get("class.status.nothingYet"));
      }
      lines.addAll(lessonLines);
    }
    lines.replaceAll(line -> Columns.truncate(line, width));
    return lines;
  }

  private static String mark(JsonNode state, String step) {
    for (JsonNode done : state.path("done")) {
      if (done.asText().equals(step)) {
        return DONE;
      }
    }
    return step.equals(state.path("current").asText(null)) ? CURRENT : NOT_REACHED;
  }

  private static String pad(String text, int columns) {
    return text + " ".repeat(Math.max(0, columns - Columns.of(text)));
  }

  private static java.util.Optional<Instant> instant(String text) {
    try {
      return java.util.Optional.of(Instant.parse(text));
    } catch (DateTimeParseException e) {
      return java.util.Optional.empty();
    }
  }
}
