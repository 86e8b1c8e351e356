package io.docklab.repl.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.docklab.i18n.Messages;
import java.util.Locale;
import org.jline.utils.AttributedString;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The step header and its bar, in English and Japanese, at wide and narrow widths. */
class StepHeaderTest {
  @AfterEach
  void english() {
    Messages.use(Locale.ENGLISH);
  }

  @Test
  void barFillsInProportion() {
    assertEquals("░░░░", ProgressBar.bar(0, 12, 4));
    assertEquals("█░░░", ProgressBar.bar(3, 12, 4));
    assertEquals("████████████", ProgressBar.bar(12, 12, 12));
    assertEquals("████", ProgressBar.bar(13, 12, 4));
    assertEquals("░░░░", ProgressBar.bar(1, 0, 4));
  }

  @Test
  void labelIsInTheLearnersLanguage() {
    Messages.use(Locale.ENGLISH);
    assertEquals("Step 3/12 ███░░░░░░░░░", ProgressBar.of(3, 12, 12));
    Messages.use(Locale.JAPANESE);
    assertEquals("ステップ 3/12", ProgressBar.label(3, 12));
  }

  @Test
  void headerHasLabelBarAndTitle() {
    Messages.use(Locale.ENGLISH);
    assertEquals(
        "Step 3/12 ███░░░░░░░░░ Define a container",
        new StepHeader(80, false).line(3, 12, "Define a container"));
    assertEquals("Step 3/12 ██░░░░░░ Build", new StepHeader(60, false).line(3, 12, "Build"));
  }

  @Test
  void longTitlesAreCutWithAnEllipsis() {
    Messages.use(Locale.ENGLISH);
    String header = new StepHeader(40, false).line(2, 13, "Define a container with a Dockerfile");
    // Cut at 24 columns, less the space before the ellipsis.
    assertEquals("Step 2/13 █░░░ Define a container with…", header);
  }

  @Test
  void japaneseTitlesAreCutByColumnsNeverInsideACharacter() {
    Messages.use(Locale.JAPANESE);
    String header = new StepHeader(40, false).line(2, 13, "Dockerfile によるコンテナーの定義");
    // 21 columns for the title: コ (2) fits with the ellipsis, ン would not.
    assertEquals("ステップ 2/13 █░░░ Dockerfile によるコ…", header);
    assertEquals(39, Columns.of(header));
  }

  @Test
  void narrowTerminalsDropTheBarAndStillFit() {
    Messages.use(Locale.JAPANESE);
    for (int width = 1; width < 120; width++) {
      String header = new StepHeader(width, true).line(10, 13, "レジストリからのプルと実行");
      int columns = AttributedString.fromAnsi(header).columnLength();
      assertTrue(columns <= Math.max(20, width), width + ": " + header);
    }
    assertEquals("ステップ 10/13 レジ…", new StepHeader(20, false).line(10, 13, "レジストリ"));
  }
}
