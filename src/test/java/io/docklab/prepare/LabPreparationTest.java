package io.docklab.prepare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.docklab.lesson.Requirements;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LabPreparationTest {
  @TempDir Path data;

  @Test
  void whatCouldNotBeMadePresentIsNamedWithItsReason() {
    List<String> printed = new ArrayList<>();
    Progress progress =
        new Progress() {
          @Override
          public void line(String text) {
            printed.add(text);
          }

          @Override
          public void status(String text) {}
        };
    List<String> problems =
        new LabPreparation(null, data, progress, true)
            .prepare(new Requirements(List.of(), List.of(), List.of("mailserver")));
    assertEquals(
        List.of("service mailserver: FAILED: docklab does not know this service (known: registry)"),
        problems);
    assertTrue(printed.contains("  " + problems.get(0)), printed.toString());
  }
}
