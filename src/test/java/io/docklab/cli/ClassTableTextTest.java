package io.docklab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.docklab.i18n.Messages;
import io.docklab.repl.render.Columns;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** docklab class status: the table's lines, per step and with the current step's facts. */
class ClassTableTextTest {
  private static final String TABLE =
      """
      {"class": "Docker 101", "now": "2026-12-02T04:20:30Z", "stuckMinutes": 10,
       "lessons": [{"id": "get-started", "steps": ["intro", "run", "ports"]},
                   {"id": "volumes", "steps": ["mount"]}],
       "learners": [
        {"learner": "l-1", "name": "Aiko", "left": null, "lessons": {"get-started": {
          "done": ["intro"], "current": "run", "since": "2026-12-02T04:17:00Z",
          "failedChecks": 2, "lastFailure": "expected a container named web running, found it exited (1) LONG LONG LONG LONG LONG",
          "hints": 1, "solutions": 0}}},
        {"learner": "l-2", "name": "<b>Ben</b>", "left": "2026-12-02T04:19:00Z", "lessons": {}},
        {"learner": "l-3", "name": "Chie", "left": null, "lessons": {"get-started": {
          "done": [], "current": "intro", "since": "2026-12-02T04:00:00Z",
          "failedChecks": 0, "lastFailure": null, "hints": 0, "solutions": 0}}}]}
      """;

  @AfterEach
  void english() {
    Messages.use(Locale.ENGLISH);
  }

  @Test
  void eachStepIsMarkedAndTheCurrentOneHasItsFacts() throws Exception {
    Messages.use(Locale.ENGLISH);
    List<String> lines = ClassTableText.lines(new ObjectMapper().readTree(TABLE), 80);
    assertEquals("Class “Docker 101”: 3 learner(s); stuck after 10 min on one step", lines.get(0));
    assertEquals("Aiko", lines.get(2));
    assertEquals("  get-started ✓ ▶ ·", lines.get(3));
    assertEquals("    ▶ run for 3 min: 2 failed check(s), 1 hint(s), 0 solution(s)", lines.get(4));
    assertTrue(lines.get(5).startsWith("    last failure: expected a container named web"));
    assertTrue(lines.get(5).endsWith(Columns.ELLIPSIS), lines.get(5));
    assertEquals("<b>Ben</b> (left)", lines.get(6));
    assertEquals("  no step started yet", lines.get(7));
    assertEquals("Chie  STUCK", lines.get(8));
    for (String line : lines) {
      assertTrue(Columns.of(line) <= 80, line);
    }
  }

  @Test
  void japaneseLinesFitTooAndSayTheSame() throws Exception {
    Messages.use(Locale.JAPANESE);
    JsonNode table = new ObjectMapper().readTree(TABLE);
    List<String> lines = ClassTableText.lines(table, 80);
    assertEquals("Chie  止まっている", lines.get(8));
    assertTrue(lines.get(4).contains("run を 3 分"), lines.get(4));
    for (String line : lines) {
      assertTrue(Columns.of(line) <= 80, line);
    }
  }
}
