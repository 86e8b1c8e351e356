package io.docklab.lessontest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.docklab.check.CheckResult;
import io.docklab.i18n.Messages;
import io.docklab.lesson.Text;
import io.docklab.lesson.check.CheckSpec;
import io.docklab.lesson.check.FileCheck;
import io.docklab.lesson.check.HttpCheck;
import io.docklab.lesson.check.Matcher;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class BeforeWorkTest {
  @BeforeAll
  static void english() {
    Messages.use(Locale.ENGLISH);
  }

  private static CheckResult result(CheckSpec spec, boolean passed, String sentence) {
    return new CheckResult(spec, passed, sentence, "", false, Duration.ZERO);
  }

  @Test
  void anHttpCheckAsksOnceBeforeTheWorkAndKeepsEverythingElse() {
    HttpCheck http =
        new HttpCheck(
            "http://127.0.0.1:1/", 200, Matcher.contains("Hi"), Duration.ofSeconds(30), Text.EMPTY);
    HttpCheck once = (HttpCheck) BeforeWork.once(http);
    assertEquals(Duration.ZERO, once.within());
    assertEquals(http.url(), once.url());
    assertEquals(http.body(), once.body());
    FileCheck file = new FileCheck("a", true, null, Text.EMPTY);
    assertSame(file, BeforeWork.once(file));
  }

  @Test
  void aPassBeforeTheWorkIsFlaggedUnlessTheCheckGivesAReason() {
    FileCheck strict = new FileCheck("a", true, null, Text.EMPTY);
    FileCheck allowed = new FileCheck("b", true, null, Text.EMPTY, "made in step 1");
    FileCheck failing = new FileCheck("c", true, null, Text.EMPTY);
    List<String> flagged =
        BeforeWork.unexpectedPasses(
            List.of(strict, allowed, failing),
            List.of(
                result(strict, true, "file a exists"),
                result(allowed, true, "file b exists"),
                result(failing, false, "expected file c, found none")));
    assertEquals(1, flagged.size());
    assertEquals(
        "check 1 (file) passes before the work: file a exists (it would let a learner through"
            + " without doing anything; if that is intended, give the check passesBefore: with"
            + " the reason)",
        flagged.get(0));
  }
}
