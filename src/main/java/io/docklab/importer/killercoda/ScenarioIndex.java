package io.docklab.importer.killercoda;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A scenario's {@code index.json}, as far as docklab reads it: its title and description, the
 * intro, the steps and the finish (each a text file and its scripts), and the assets copied onto
 * the machine.
 */
record ScenarioIndex(
    String title,
    String description,
    Part intro,
    List<Part> steps,
    Part finish,
    List<Asset> assets,
    String imageId,
    Map<String, Integer> valueLines) {

  /**
   * Where {@code value} (a file name, a title) is first given in index.json: {@code index.json:N},
   * or {@code index.json} when it is not a string value there.
   */
  String where(String value) {
    Integer line = valueLines.get(value);
    if (line == null && value.startsWith("assets/")) {
      line = valueLines.get(value.substring("assets/".length()));
    }
    return line == null ? "index.json" : "index.json:" + line;
  }

  /**
   * The intro, a step or the finish: paths relative to the scenario, empty when absent; {@code
   * answer} is Katacoda's file of a step's solution.
   */
  record Part(
      String title,
      String text,
      String background,
      String foreground,
      String verify,
      String answer) {
    static final Part NONE = new Part("", "", "", "", "", "");
  }

  /** A file of {@code assets/} and where Killercoda puts it. */
  record Asset(String host, String file, String target, String chmod) {}

  /** Thrown with a {@code line:column} and what was expected. */
  static final class Malformed extends Exception {
    Malformed(String message) {
      super(message);
    }
  }

  static ScenarioIndex parse(String json) throws Malformed {
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(json);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      String where = at == null ? "" : at.getLineNr() + ":" + at.getColumnNr() + ": ";
      String why = e.getOriginalMessage().replaceAll("(?s)\\s*\\(for [^\\[]*\\[Source:.*$", "");
      throw new Malformed(where + "not JSON: " + why.lines().findFirst().orElse(""));
    }
    if (root == null || !root.isObject()) {
      throw new Malformed("1:1: expected a JSON object with title and details");
    }
    JsonNode details = root.path("details");
    List<Part> steps = new ArrayList<>();
    for (JsonNode step : details.path("steps")) {
      steps.add(part(step));
    }
    List<Asset> assets = new ArrayList<>();
    details
        .path("assets")
        .fields()
        .forEachRemaining(
            host -> {
              for (JsonNode asset : host.getValue()) {
                assets.add(
                    new Asset(
                        host.getKey(),
                        text(asset, "file"),
                        text(asset, "target"),
                        text(asset, "chmod")));
              }
            });
    return new ScenarioIndex(
        text(root, "title"),
        text(root, "description"),
        details.has("intro") ? part(details.get("intro")) : Part.NONE,
        steps,
        details.has("finish") ? part(details.get("finish")) : Part.NONE,
        assets,
        text(root.path("backend"), "imageid"),
        valueLines(json));
  }

  /** The line each string value is first given on. */
  private static Map<String, Integer> valueLines(String json) {
    Map<String, Integer> lines = new HashMap<>();
    try (JsonParser parser = new JsonFactory().createParser(json)) {
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        if (token == JsonToken.VALUE_STRING) {
          lines.putIfAbsent(parser.getText().strip(), parser.currentTokenLocation().getLineNr());
        }
      }
    } catch (java.io.IOException alreadyReadAsATree) {
      // the tree was read; a parser that stops here only gives fewer lines
    }
    return lines;
  }

  private static Part part(JsonNode node) {
    return new Part(
        text(node, "title"),
        text(node, "text"),
        text(node, "background"),
        text(node, "foreground"),
        text(node, "verify"),
        text(node, "answer"));
  }

  private static String text(JsonNode node, String key) {
    JsonNode value = node.path(key);
    return value.isValueNode() ? value.asText().strip() : "";
  }
}
