package io.docklab.classroom.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.docklab.classroom.ClassEvent;
import io.docklab.classroom.store.ClassStore.StoredLearner;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The class at a glance, kept in memory from the stored events: per learner and lesson, the steps
 * done, the current step and what happened on it (docs/classroom-api.md, {@code /api/v1/table}).
 */
public final class ClassTable {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Minutes on one step after which a learner counts as stuck, unless the teacher says. */
  public static final int DEFAULT_STUCK_MINUTES = 10;

  private final String className;
  private final int stuckMinutes;
  private final Map<String, List<String>> lessons = new LinkedHashMap<>();
  private final Map<String, Row> rows = new LinkedHashMap<>();

  /** A table of the class {@code className} whose lessons have these steps, in order. */
  public ClassTable(String className, Map<String, List<String>> servedLessons) {
    this(className, servedLessons, DEFAULT_STUCK_MINUTES);
  }

  /** The same, with learners stuck after {@code stuckMinutes} on one step. */
  public ClassTable(String className, Map<String, List<String>> servedLessons, int stuckMinutes) {
    this.className = className;
    this.stuckMinutes = stuckMinutes;
    servedLessons.forEach((lesson, steps) -> lessons.put(lesson, new ArrayList<>(steps)));
  }

  public synchronized void add(StoredLearner learner) {
    rows.put(learner.id(), new Row(learner));
  }

  public synchronized void left(String learnerId, Instant at) {
    Row row = rows.get(learnerId);
    if (row != null) {
      row.left = Optional.of(at);
    }
  }

  /** Takes in one stored event of a learner the table has. */
  public synchronized void apply(String learnerId, ClassEvent event, Instant received) {
    Row row = rows.get(learnerId);
    if (row == null) {
      return;
    }
    row.events++;
    row.lastSeen = received;
    List<String> steps = lessons.computeIfAbsent(event.lesson(), lesson -> new ArrayList<>());
    event.step().filter(step -> !steps.contains(step)).ifPresent(steps::add);
    if (event.step().isEmpty()) {
      row.lessons.remove(event.lesson());
      return;
    }
    String step = event.step().get();
    LessonState state = row.lessons.computeIfAbsent(event.lesson(), lesson -> new LessonState());
    switch (event.kind()) {
      case STEP_STARTED -> state.start(step, event.time());
      case STEP_DONE -> state.done.add(step);
      case CHECK_FAILED -> {
        state.on(step, event.time());
        state.failedChecks++;
        state.lastFailure = event.line().orElse("");
      }
      case HINT_SHOWN -> {
        state.on(step, event.time());
        state.hints++;
      }
      case SOLUTION_SHOWN -> {
        state.on(step, event.time());
        state.solutions++;
      }
      case LESSON_RESET -> row.lessons.remove(event.lesson());
    }
  }

  public synchronized int learners() {
    return rows.size();
  }

  public synchronized long events() {
    return rows.values().stream().mapToLong(row -> row.events).sum();
  }

  public int stuckMinutes() {
    return stuckMinutes;
  }

  /**
   * The whole table, as {@code GET /api/v1/table} answers, with the server's clock at {@code now}.
   */
  public synchronized ObjectNode toJson(Instant now) {
    ObjectNode table = JSON.createObjectNode();
    table.put("class", className);
    table.put("now", now.toString());
    table.put("stuckMinutes", stuckMinutes);
    ArrayNode lessonArray = table.putArray("lessons");
    lessons.forEach(
        (lesson, steps) -> {
          ObjectNode entry = lessonArray.addObject();
          entry.put("id", lesson);
          steps.forEach(entry.putArray("steps")::add);
        });
    ArrayNode learners = table.putArray("learners");
    rows.values().forEach(row -> learners.add(row.toJson()));
    return table;
  }

  /** One learner's row, as a {@code learner} event of the stream has it. */
  public synchronized Optional<ObjectNode> row(String learnerId) {
    return Optional.ofNullable(rows.get(learnerId)).map(Row::toJson);
  }

  /** The table as CSV: one column per step, each cell done, current or empty. */
  public synchronized String toCsv() {
    StringBuilder csv = new StringBuilder();
    List<String> header =
        new ArrayList<>(List.of("learner", "name", "joined", "left", "last_seen"));
    lessons.forEach((lesson, steps) -> steps.forEach(step -> header.add(lesson + "/" + step)));
    line(csv, header);
    for (Row row : rows.values()) {
      List<String> cells = new ArrayList<>();
      cells.add(row.id);
      cells.add(row.name);
      cells.add(row.joined.toString());
      cells.add(row.left.map(Instant::toString).orElse(""));
      cells.add(row.lastSeen == null ? "" : row.lastSeen.toString());
      lessons.forEach(
          (lesson, steps) -> {
            LessonState state = row.lessons.get(lesson);
            steps.forEach(step -> cells.add(state == null ? "" : state.cell(step)));
          });
      line(csv, cells);
    }
    return csv.toString();
  }

  private static void line(StringBuilder csv, List<String> cells) {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        csv.append(',');
      }
      csv.append(Csv.cell(cells.get(i)));
    }
    csv.append("\r\n");
  }

  private static final class Row {
    final String id;
    final String name;
    final Instant joined;
    Optional<Instant> left;
    Instant lastSeen;
    long events;
    final Map<String, LessonState> lessons = new LinkedHashMap<>();

    Row(StoredLearner learner) {
      id = learner.id();
      name = learner.name();
      joined = learner.joined();
      left = learner.left();
    }

    ObjectNode toJson() {
      ObjectNode row = JSON.createObjectNode();
      row.put("learner", id);
      row.put("name", name);
      row.put("joined", joined.toString());
      row.put("left", left.map(Instant::toString).orElse(null));
      row.put("lastSeen", lastSeen == null ? null : lastSeen.toString());
      row.put("events", events);
      ObjectNode lessonsNode = row.putObject("lessons");
      lessons.forEach((lesson, state) -> lessonsNode.set(lesson, state.toJson()));
      return row;
    }
  }

  private static final class LessonState {
    final Set<String> done = new LinkedHashSet<>();
    String current;
    Instant since;
    int failedChecks;
    String lastFailure;
    int hints;
    int solutions;

    void start(String step, Instant at) {
      if (step.equals(current) && !done.contains(step)) {
        return; // the lab opened again at the same step: its time and counts go on
      }
      current = step;
      since = at;
      failedChecks = 0;
      lastFailure = null;
      hints = 0;
      solutions = 0;
    }

    /** An event on {@code step}: its start, when the start was not reported. */
    void on(String step, Instant at) {
      if (!step.equals(current)) {
        start(step, at);
      }
    }

    String cell(String step) {
      if (done.contains(step)) {
        return "done";
      }
      return step.equals(current) ? "current" : "";
    }

    ObjectNode toJson() {
      ObjectNode node = JSON.createObjectNode();
      done.forEach(node.putArray("done")::add);
      node.put("current", current != null && !done.contains(current) ? current : null);
      node.put("since", since == null ? null : since.toString());
      node.put("failedChecks", failedChecks);
      node.put("lastFailure", lastFailure);
      node.put("hints", hints);
      node.put("solutions", solutions);
      return node;
    }
  }
}
