package io.docklab.lessontest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.docklab.i18n.Messages;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ConsoleReportTest {
  @AfterEach
  void english() {
    Messages.use(Locale.ENGLISH);
  }

  private static String summary(Locale locale) {
    Messages.use(locale);
    StringWriter text = new StringWriter();
    new ConsoleReport(new PrintWriter(text)).summary(Results.mixed());
    return text.toString();
  }

  @Test
  void oneLinePerStepWithTheReasonAndTheOutputTailOfAFailure() {
    assertEquals(
        """
        docklab test: summary
        ✗ demo (4.6 s)
          ✓ write  1.2 s
          ✗ serve  3.4 s  check 1 (http): expected body to contain 'Hello <b>' & found ]]> 'Bye'
              │ \u001B[31mTraceback\u001B[0m
              │ line with \u0007 bell & <tag>
              │ 日本語の行
          - stop   skipped: not run: an earlier step failed
        ✗ broken-prep (0.1 s)
          ✗ images missing
          - one    skipped: images missing
          could not remove image x
        docklab test: 2 lesson(s), 2 failed; steps: 1 passed, 1 failed, 2 skipped
        """,
        summary(Locale.ENGLISH));
  }

  @Test
  void theSummaryInJapanese() {
    String summary = summary(Locale.JAPANESE);
    assertEquals("docklab test: 結果", summary.lines().findFirst().orElseThrow());
    assertEquals(
        "docklab test: レッスン 2 件 (失敗 2 件)、ステップ: 成功 1、失敗 1、スキップ 2",
        summary.lines().reduce((first, second) -> second).orElseThrow());
    assertEquals("  ✓ write  1.2 秒", summary.lines().skip(2).findFirst().orElseThrow());
  }
}
