package io.docklab.lessontest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import org.junit.jupiter.api.Test;

class JsonReportTest {
  @Test
  void totalsLessonsAndStepsWithReasonsAndOutput() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    JsonReport.write(Results.mixed(), out);
    JsonNode json = new ObjectMapper().readTree(out.toByteArray());
    assertFalse(json.get("passed").asBoolean());
    assertEquals(1, json.at("/steps/passed").asInt());
    assertEquals(1, json.at("/steps/failed").asInt());
    assertEquals(2, json.at("/steps/skipped").asInt());
    JsonNode demo = json.at("/lessons/0");
    assertEquals("demo", demo.get("id").asText());
    assertEquals("Demo <&> \"quoted\"", demo.get("title").asText());
    assertFalse(demo.get("passed").asBoolean());
    JsonNode serve = demo.at("/steps/1");
    assertEquals("serve", serve.get("id").asText());
    assertEquals("failed", serve.get("status").asText());
    assertEquals(3.4, serve.get("seconds").asDouble());
    assertEquals(
        "check 1 (http): expected body to contain 'Hello <b>' & found ]]> 'Bye'",
        serve.get("reason").asText());
    assertEquals(
        "\u001B[31mTraceback\u001B[0m\nline with \u0007 bell & <tag>\n日本語の行",
        serve.get("output").asText());
    assertEquals("skipped", demo.at("/steps/2/status").asText());
    assertEquals("images missing", json.at("/lessons/1/problem").asText());
  }
}
