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
 * {@code docklab test lessons/}: both seed lessons, every step, against the real engine and
 * registry, as CI runs it. Every step of both lessons must have passed in the JUnit report.
 */
class SeedLessonsIT {
  private static final Path REPORTS = Path.of("target/lesson-reports");

  @Test
  @Timeout(value = 20, unit = TimeUnit.MINUTES) // docklab test's own limit is 15 min
  void everyStepOfBothSeedLessonsPasses() throws Exception {
    Path junit = REPORTS.resolve("junit.xml");
    Path json = REPORTS.resolve("seed-lessons.json");
    Files.deleteIfExists(junit);
    Launcher.Run run;
    try (SeedLock lock = SeedLock.acquire()) {
      run =
          Launcher.run(
              Duration.ofMinutes(15),
              Map.of(),
              "test",
              "--lang",
              "en",
              "lessons/",
              "--junit",
              junit.toString(),
              "--json",
              json.toString());
    }
    assertEquals(ExitCode.OK, run.exitCode(), run.output());
    Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(junit.toFile());
    for (String file : List.of("lessons/get-started-part2.md", "lessons/image-by-hand.yaml")) {
      Lesson lesson = LessonLoader.load(Path.of(file)).lesson().orElseThrow();
      List<String> expected = lesson.steps().stream().map(step -> step.id()).toList();
      assertEquals(expected, passedSteps(xml, lesson.id()), run.output());
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
