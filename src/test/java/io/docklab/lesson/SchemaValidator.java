package io.docklab.lesson;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Just enough JSON Schema (the keywords docs/lesson.schema.json uses) to check that the schema
 * accepts what docklab loads: $ref, type, properties, required, additionalProperties,
 * patternProperties, items, oneOf, const, enum, pattern, minItems, minimum, maximum.
 */
final class SchemaValidator {
  private final Map<String, Object> root;

  SchemaValidator(Map<String, Object> root) {
    this.root = root;
  }

  /** The problems of {@code value}, each as "path: what"; empty when it is valid. */
  List<String> validate(Object value) {
    List<String> problems = new ArrayList<>();
    check(root, value, "$", problems);
    return problems;
  }

  @SuppressWarnings("unchecked")
  private void check(Map<String, Object> schema, Object value, String at, List<String> problems) {
    if (schema.containsKey("$ref")) {
      String name = ((String) schema.get("$ref")).substring("#/$defs/".length());
      check(
          (Map<String, Object>) ((Map<String, Object>) root.get("$defs")).get(name),
          value,
          at,
          problems);
    }
    if (schema.containsKey("oneOf")) {
      int matching = 0;
      for (Object option : (List<Object>) schema.get("oneOf")) {
        List<String> optionProblems = new ArrayList<>();
        check((Map<String, Object>) option, value, at, optionProblems);
        matching += optionProblems.isEmpty() ? 1 : 0;
      }
      if (matching != 1) {
        problems.add(at + ": matches " + matching + " of oneOf");
      }
    }
    if (schema.containsKey("const") && !schema.get("const").equals(value)) {
      problems.add(at + ": expected " + schema.get("const"));
    }
    if (schema.containsKey("enum") && !((List<Object>) schema.get("enum")).contains(value)) {
      problems.add(at + ": not one of " + schema.get("enum"));
    }
    if (schema.containsKey("type") && !hasType((String) schema.get("type"), value)) {
      problems.add(at + ": not " + schema.get("type"));
      return;
    }
    if (value instanceof String text && schema.containsKey("pattern")) {
      if (!java.util.regex.Pattern.compile((String) schema.get("pattern")).matcher(text).find()) {
        problems.add(at + ": does not match " + schema.get("pattern"));
      }
    }
    if (value instanceof Integer number) {
      if (schema.containsKey("minimum") && number < (Integer) schema.get("minimum")
          || schema.containsKey("maximum") && number > (Integer) schema.get("maximum")) {
        problems.add(at + ": out of range");
      }
    }
    if (value instanceof List<?> list) {
      if (schema.containsKey("minItems") && list.size() < (Integer) schema.get("minItems")) {
        problems.add(at + ": too few items");
      }
      if (schema.containsKey("items")) {
        for (int i = 0; i < list.size(); i++) {
          check(
              (Map<String, Object>) schema.get("items"), list.get(i), at + "[" + i + "]", problems);
        }
      }
    }
    if (value instanceof Map<?, ?> map) {
      checkObject(schema, (Map<String, Object>) map, at, problems);
    }
  }

  @SuppressWarnings("unchecked")
  private void checkObject(
      Map<String, Object> schema, Map<String, Object> map, String at, List<String> problems) {
    Map<String, Object> properties =
        (Map<String, Object>) schema.getOrDefault("properties", Map.of());
    Map<String, Object> patterns =
        (Map<String, Object>) schema.getOrDefault("patternProperties", Map.of());
    for (Object required : (List<Object>) schema.getOrDefault("required", List.of())) {
      if (!map.containsKey(required)) {
        problems.add(at + ": missing " + required);
      }
    }
    for (Map.Entry<String, Object> entry : map.entrySet()) {
      String key = entry.getKey();
      String here = at + "." + key;
      if (properties.containsKey(key)) {
        check((Map<String, Object>) properties.get(key), entry.getValue(), here, problems);
        continue;
      }
      boolean matched = false;
      for (Map.Entry<String, Object> pattern : patterns.entrySet()) {
        if (key.matches(pattern.getKey())) {
          check((Map<String, Object>) pattern.getValue(), entry.getValue(), here, problems);
          matched = true;
        }
      }
      Object additional = schema.get("additionalProperties");
      if (!matched && Boolean.FALSE.equals(additional)) {
        problems.add(here + ": unknown key " + key);
      } else if (!matched && additional instanceof Map<?, ?> additionalSchema) {
        check((Map<String, Object>) additionalSchema, entry.getValue(), here, problems);
      }
    }
  }

  private static boolean hasType(String type, Object value) {
    return switch (type) {
      case "string" -> value instanceof String;
      case "integer" -> value instanceof Integer || value instanceof Long;
      case "boolean" -> value instanceof Boolean;
      case "array" -> value instanceof List<?>;
      case "object" -> value instanceof Map<?, ?>;
      default -> throw new IllegalArgumentException("type " + type);
    };
  }
}
