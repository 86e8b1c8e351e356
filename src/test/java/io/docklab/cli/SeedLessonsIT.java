package io.docklab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.docklab.lesson.Lesson;
import io.docklab.lesson.load.LessonLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * {@code docklab test lessons/}: the whole bundled course, every step of every lesson in
 * lessons/index.txt, against the real engine and registry, as CI runs it, twice in a row (nothing
 * the first run leaves may let a check pass before the work in the second), lessons side by side
 * where they share nothing ({@code --jobs 2}). Every step must have passed in the JUnit report.
 */
class SeedLessonsIT {
  private static final Path REPORTS = Path.of("target/lesson-reports");

  @Test
  @Timeout(value = 60, unit = TimeUnit.MINUTES) // docklab test's own limit is 25 min a run
  void everyStepOfEveryBundledLessonPassesTwiceInARow() throws Exception {
    List<String> files =
        Files.readAllLines(Path.of("lessons/index.txt")).stream()
            .map(String::strip)
            .filter(line -> !line.isEmpty() && !line.startsWith("#"))
            .toList();
    for (int round = 1; round <= 2; round++) {
      Path junit = REPORTS.resolve("junit-" + round + ".xml");
      Path json = REPORTS.resolve("course-" + round + ".json");
      Files.deleteIfExists(junit);
      Launcher.Run run;
      try (SeedLock lock = SeedLock.acquire()) {
        run =
            Launcher.run(
                Duration.ofMinutes(25),
                Map.of(),
                "test",
                "--lang",
                "en",
                "--jobs",
                "2",
                "lessons/",
                "--junit",
                junit.toString(),
                "--json",
                json.toString());
      }
      assertEquals(ExitCode.OK, run.exitCode(), "round " + round + "\n" + run.output());
      Document xml =
          DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(junit.toFile());
      for (String file : files) {
        Lesson lesson = LessonLoader.load(Path.of("lessons", file)).lesson().orElseThrow();
        List<String> expected = lesson.steps().stream().map(step -> step.id()).toList();
        assertEquals(expected, passedSteps(xml, lesson.id()), file + ", round " + round);
      }
    }
  }

  /** The steps of a lesson's suite that passed: no failure, error or skipped inside. */
  private static List<String> passedSteps(Document xml, String lessonId) {
    NodeList suites = xml.getElementsByTagName("testsuite");
    for (int i = 0; i < suites.getLength(); i++) {
      Element suite = (Element) suites.item(i);
      if (!suite.getAttribute("name").equals(lessonId)) {
        continue;
      }
      assertEquals("0", suite.getAttribute("failures"));
      assertEquals("0", suite.getAttribute("errors"));
      assertEquals("0", suite.getAttribute("skipped"));
      List<String> passed = new ArrayList<>();
      NodeList cases = suite.getElementsByTagName("testcase");
      for (int j = 0; j < cases.getLength(); j++) {
        Element testcase = (Element) cases.item(j);
        assertTrue(
            testcase.getElementsByTagName("*").getLength() == 0,
            lessonId + "/" + testcase.getAttribute("name") + " did not pass");
        passed.add(testcase.getAttribute("name"));
      }
      return passed;
    }
    throw new AssertionError("no testsuite " + lessonId + " in the JUnit report");
  }
}
