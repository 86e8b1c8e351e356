package io.docklab.importer.killercoda;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A check (or any mapping) written as the YAML of a {@code check} block: keys in the order given,
 * strings double-quoted (JSON's quoting is YAML's), a script of several lines as a literal block so
 * that the author reads it as written.
 */
final class CheckYaml {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final Map<String, Object> entries = new LinkedHashMap<>();

  static CheckYaml kind(String kind) {
    return new CheckYaml().put("kind", kind);
  }

  CheckYaml put(String key, Object value) {
    entries.put(key, value);
    return this;
  }

  String get(String key) {
    Object value = entries.get(key);
    return value == null ? null : value.toString();
  }

  String yaml() {
    StringBuilder out = new StringBuilder();
    for (Map.Entry<String, Object> entry : entries.entrySet()) {
      out.append(entry.getKey()).append(':');
      Object value = entry.getValue();
      if (value instanceof String text && literal(text)) {
        out.append(" |\n");
        text.lines().forEach(line -> out.append("  ").append(line).append('\n'));
        continue;
      }
      out.append(' ').append(scalar(value)).append('\n');
    }
    return out.toString();
  }

  /** A value as YAML: numbers and booleans as they are, strings and lists quoted as JSON. */
  static String scalar(Object value) {
    if (value instanceof Number || value instanceof Boolean) {
      return value.toString();
    }
    if (value instanceof Map<?, ?> map) {
      return "{"
          + String.join(
              ", ",
              map.entrySet().stream()
                  .map(e -> scalar(e.getKey()) + ": " + scalar(e.getValue()))
                  .toList())
          + "}";
    }
    if (value instanceof List<?> list) {
      return "[" + String.join(", ", list.stream().map(CheckYaml::scalar).toList()) + "]";
    }
    String text = String.valueOf(value);
    if (text.matches("[A-Za-z][\\w./-]*(:[\\w./-]+)*")
        && !text.matches("(?i)true|false|yes|no|on|off|null|y|n")) {
      return text; // plain: kind: container, ref: nginx:alpine
    }
    try {
      return JSON.writeValueAsString(text);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Several lines, none starting with a tab or ending in blanks: readable as a literal block. */
  private static boolean literal(String text) {
    return text.contains("\n")
        && text.lines().noneMatch(line -> line.startsWith("\t") || line.endsWith(" "))
        && !text.startsWith(" ")
        && text.endsWith("\n");
  }
}
