package io.docklab.lessontest;

import java.time.Duration;
import java.util.List;

/** A test run with every kind of step result, for the report tests. */
final class Results {
  private Results() {}

  static TestRun mixed() {
    LessonResult first =
        new LessonResult(
            "demo",
            "Demo <&> \"quoted\"",
            "lessons/demo.md",
            List.of(
                StepResult.passed("write", "Write", Duration.ofMillis(1200)),
                StepResult.failed(
                    "serve",
                    "Serve",
                    Duration.ofMillis(3400),
                    "check 1 (http): expected body to contain 'Hello <b>' & found ]]> 'Bye'",
                    "\u001B[31mTraceback\u001B[0m\nline with \u0007 bell & <tag>\n日本語の行"),
                StepResult.skipped(
                    "stop", "Stop", Duration.ZERO, "not run: an earlier step failed")),
            Duration.ofMillis(4600),
            "",
            List.of());
    LessonResult second =
        new LessonResult(
            "broken-prep",
            "Prep",
            "lessons/prep.yaml",
            List.of(StepResult.skipped("one", "One", Duration.ZERO, "images missing")),
            Duration.ofMillis(100),
            "images missing",
            List.of("could not remove image x"));
    return new TestRun(List.of(first, second), false, false);
  }
}
