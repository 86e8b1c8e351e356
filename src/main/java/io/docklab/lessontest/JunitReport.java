package io.docklab.lessontest;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Locale;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * A test run as JUnit XML, which CI servers read: one {@code testsuite} per lesson, one {@code
 * testcase} per step; a failed step has a {@code failure} with the reason as message and the output
 * tail in its body, a skipped step a {@code skipped}. A lesson that could not run its steps gets an
 * extra {@code testcase} with an {@code error}, so that no CI counts it as passed.
 */
public final class JunitReport {
  /** The name of the extra test case of a lesson that could not run its steps. */
  public static final String LESSON_CASE = "(lesson)";

  private JunitReport() {}

  public static void write(TestRun run, Path file) throws IOException {
    ReportFile.write(file, out -> write(run, out));
  }

  public static void write(TestRun run, OutputStream out) throws IOException {
    try {
      Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument();
      Element suites = xml.createElement("testsuites");
      suites.setAttribute("name", "docklab test");
      suites.setAttribute("tests", Long.toString(cases(run)));
      suites.setAttribute("failures", Long.toString(run.count(StepStatus.FAILED)));
      suites.setAttribute("errors", Long.toString(problems(run)));
      suites.setAttribute("skipped", Long.toString(run.count(StepStatus.SKIPPED)));
      xml.appendChild(suites);
      for (LessonResult lesson : run.lessons()) {
        suites.appendChild(suite(xml, lesson));
      }
      var transformer = TransformerFactory.newInstance().newTransformer();
      transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
      transformer.setOutputProperty(OutputKeys.INDENT, "yes");
      transformer.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "2");
      transformer.transform(new DOMSource(xml), new StreamResult(out));
    } catch (ParserConfigurationException | TransformerException e) {
      throw new IOException(e);
    }
  }

  private static Element suite(Document xml, LessonResult lesson) {
    Element suite = xml.createElement("testsuite");
    boolean problem = !lesson.problem().isEmpty();
    suite.setAttribute("name", XmlText.of(lesson.lessonId()));
    suite.setAttribute("tests", Integer.toString(lesson.steps().size() + (problem ? 1 : 0)));
    suite.setAttribute("failures", Long.toString(lesson.count(StepStatus.FAILED)));
    suite.setAttribute("errors", problem ? "1" : "0");
    suite.setAttribute("skipped", Long.toString(lesson.count(StepStatus.SKIPPED)));
    suite.setAttribute("time", seconds(lesson.took().toMillis()));
    suite.setAttribute("file", XmlText.of(lesson.source()));
    if (problem) {
      Element testcase = testcase(xml, lesson.lessonId(), LESSON_CASE, 0);
      Element error = xml.createElement("error");
      error.setAttribute("message", XmlText.of(lesson.problem()));
      testcase.appendChild(error);
      suite.appendChild(testcase);
    }
    for (StepResult step : lesson.steps()) {
      Element testcase = testcase(xml, lesson.lessonId(), step.stepId(), step.took().toMillis());
      if (step.status() == StepStatus.FAILED) {
        Element failure = xml.createElement("failure");
        failure.setAttribute("message", XmlText.of(step.reason()));
        failure.setAttribute("type", "docklab.step");
        String body =
            step.outputTail().isEmpty()
                ? step.reason()
                : step.reason() + "\n\n" + step.outputTail();
        failure.setTextContent(XmlText.of(body));
        testcase.appendChild(failure);
      } else if (step.status() == StepStatus.SKIPPED) {
        Element skipped = xml.createElement("skipped");
        skipped.setAttribute("message", XmlText.of(step.reason()));
        testcase.appendChild(skipped);
      }
      suite.appendChild(testcase);
    }
    if (!lesson.cleanupProblems().isEmpty()) {
      Element err = xml.createElement("system-err");
      err.setTextContent(XmlText.of(String.join("\n", lesson.cleanupProblems())));
      suite.appendChild(err);
    }
    return suite;
  }

  private static Element testcase(Document xml, String lessonId, String name, long millis) {
    Element testcase = xml.createElement("testcase");
    testcase.setAttribute("classname", XmlText.of(lessonId));
    testcase.setAttribute("name", XmlText.of(name));
    testcase.setAttribute("time", seconds(millis));
    return testcase;
  }

  private static long cases(TestRun run) {
    return run.lessons().stream().mapToLong(lesson -> lesson.steps().size()).sum() + problems(run);
  }

  private static long problems(TestRun run) {
    return run.lessons().stream().filter(lesson -> !lesson.problem().isEmpty()).count();
  }

  private static String seconds(long millis) {
    return String.format(Locale.ROOT, "%.3f", millis / 1000.0);
  }
}
