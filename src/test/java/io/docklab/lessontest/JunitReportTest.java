package io.docklab.lessontest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class JunitReportTest {
  private static Document written(TestRun run) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    JunitReport.write(run, out);
    // Parsing it back proves it is well-formed XML whatever the output held.
    return DocumentBuilderFactory.newInstance()
        .newDocumentBuilder()
        .parse(new ByteArrayInputStream(out.toByteArray()));
  }

  @Test
  void oneSuitePerLessonOneCasePerStepWithCounts() throws Exception {
    Document xml = written(Results.mixed());
    Element root = xml.getDocumentElement();
    assertEquals("testsuites", root.getTagName());
    assertEquals("5", root.getAttribute("tests"));
    assertEquals("1", root.getAttribute("failures"));
    assertEquals("1", root.getAttribute("errors"));
    assertEquals("2", root.getAttribute("skipped"));
    NodeList suites = xml.getElementsByTagName("testsuite");
    assertEquals(2, suites.getLength());
    Element demo = (Element) suites.item(0);
    assertEquals("demo", demo.getAttribute("name"));
    assertEquals("3", demo.getAttribute("tests"));
    assertEquals("4.600", demo.getAttribute("time"));
    NodeList cases = demo.getElementsByTagName("testcase");
    assertEquals(3, cases.getLength());
    Element passed = (Element) cases.item(0);
    assertEquals("write", passed.getAttribute("name"));
    assertEquals("demo", passed.getAttribute("classname"));
    assertEquals("1.200", passed.getAttribute("time"));
    assertEquals(0, passed.getChildNodes().getLength() - countText(passed));
    Element skipped = (Element) ((Element) cases.item(2)).getElementsByTagName("skipped").item(0);
    assertEquals("not run: an earlier step failed", skipped.getAttribute("message"));
  }

  @Test
  void aFailureCarriesTheReasonAndTheOutputTailEscaped() throws Exception {
    Element failure = (Element) written(Results.mixed()).getElementsByTagName("failure").item(0);
    String reason = "check 1 (http): expected body to contain 'Hello <b>' & found ]]> 'Bye'";
    assertEquals(reason, failure.getAttribute("message"));
    String body = failure.getTextContent();
    assertTrue(body.startsWith(reason + "\n\n"), body);
    assertTrue(body.contains("Traceback\nline with \uFFFD bell & <tag>\n日本語の行"), body);
    assertFalse(body.contains("\u001B"), body);
  }

  @Test
  void aLessonThatCouldNotRunItsStepsHasAnErrorCase() throws Exception {
    Element suite = (Element) written(Results.mixed()).getElementsByTagName("testsuite").item(1);
    assertEquals("1", suite.getAttribute("errors"));
    Element lessonCase = (Element) suite.getElementsByTagName("testcase").item(0);
    assertEquals(JunitReport.LESSON_CASE, lessonCase.getAttribute("name"));
    Element error = (Element) lessonCase.getElementsByTagName("error").item(0);
    assertEquals("images missing", error.getAttribute("message"));
    assertEquals(
        "could not remove image x",
        suite.getElementsByTagName("system-err").item(0).getTextContent());
  }

  @Test
  void xmlTextDropsTerminalEscapesAndReplacesWhatXmlCannotHold() {
    assertEquals("red plain", XmlText.of("\u001B[1;31mred\u001B[0m plain"));
    assertEquals("a\uFFFDb\tc", XmlText.of("a\u0000b\tc"));
    assertEquals("😀", XmlText.of("😀"));
    assertEquals("\uFFFD", XmlText.of("\uD800"));
    assertEquals(new String("é".getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8), "é");
  }

  private static int countText(Element element) {
    int text = 0;
    for (int i = 0; i < element.getChildNodes().getLength(); i++) {
      if (element.getChildNodes().item(i).getNodeType() == org.w3c.dom.Node.TEXT_NODE) {
        text++;
      }
    }
    return text;
  }
}
