package io.docklab.lessontest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;

/**
 * A test run as JSON, for scripts: totals, then each lesson with its steps (id, title, status,
 * seconds, reason, output). The shape is documented in README.md.
 */
public final class JsonReport {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private JsonReport() {}

  public static void write(TestRun run, Path file) throws IOException {
    ReportFile.write(file, out -> write(run, out));
  }

  public static void write(TestRun run, OutputStream out) throws IOException {
    JSON.writeValue(out, tree(run));
  }

  static ObjectNode tree(TestRun run) {
    ObjectNode root = JSON.createObjectNode();
    root.put("passed", run.passed());
    root.put("interrupted", run.interrupted());
    root.put("engineUnreachable", run.engineUnreachable());
    ObjectNode totals = root.putObject("steps");
    for (StepStatus status : StepStatus.values()) {
      totals.put(status.key(), run.count(status));
    }
    ArrayNode lessons = root.putArray("lessons");
    for (LessonResult lesson : run.lessons()) {
      ObjectNode node = lessons.addObject();
      node.put("id", lesson.lessonId());
      node.put("title", lesson.title());
      node.put("source", lesson.source());
      node.put("passed", lesson.passed());
      node.put("seconds", lesson.took().toMillis() / 1000.0);
      node.put("problem", lesson.problem());
      ArrayNode cleanup = node.putArray("cleanupProblems");
      lesson.cleanupProblems().forEach(cleanup::add);
      ArrayNode steps = node.putArray("steps");
      for (StepResult step : lesson.steps()) {
        ObjectNode s = steps.addObject();
        s.put("id", step.stepId());
        s.put("title", step.title());
        s.put("status", step.status().key());
        s.put("seconds", step.took().toMillis() / 1000.0);
        s.put("reason", step.reason());
        s.put("output", step.outputTail());
      }
    }
    return root;
  }
}
