package io.docklab.lesson.load;

import io.docklab.i18n.Messages;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * The keys of one YAML mapping, read one by one. Whatever key nobody asked for is reported by
 * {@link #finish()} as unknown, with the keys that were expected.
 */
final class Fields {
  private final MappingNode mapping;
  private String what;
  private final Problems problems;
  private final Map<String, NodeTuple> tuples = new LinkedHashMap<>();
  private final TreeSet<String> expected = new TreeSet<>();

  /**
   * @param what the mapping's name for error messages, already in the reader's language
   */
  Fields(MappingNode mapping, String what, Problems problems) {
    this.mapping = mapping;
    this.what = what;
    this.problems = problems;
    for (NodeTuple tuple : mapping.getValue()) {
      if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
        problems.at(tuple.getKeyNode(), "keyNotString");
      } else if (tuples.containsKey(key.getValue())) {
        problems.at(key, "duplicateKey", key.getValue());
      } else {
        tuples.put(key.getValue(), tuple);
      }
    }
  }

  MappingNode node() {
    return mapping;
  }

  String what() {
    return what;
  }

  /** Names the mapping better once more is known, such as the kind of a check. */
  void describe(String what) {
    this.what = what;
  }

  /** The value of {@code key}, if the mapping has it. */
  Optional<Node> optional(String key) {
    expected.add(key);
    return Optional.ofNullable(tuples.get(key)).map(NodeTuple::getValueNode);
  }

  /** The value of {@code key}; when it is missing, an error at the mapping. */
  Optional<Node> required(String key) {
    Optional<Node> value = optional(key);
    if (value.isEmpty()) {
      problems.at(mapping, "missingKey", key, what);
    }
    return value;
  }

  /** Counts {@code keys} as known without reading them, when reading had to stop early. */
  void expect(java.util.Collection<String> keys) {
    expected.addAll(keys);
  }

  boolean has(String key) {
    return tuples.containsKey(key);
  }

  /** The node of the key itself, for errors about the key. */
  Optional<Node> keyNode(String key) {
    return Optional.ofNullable(tuples.get(key)).map(NodeTuple::getKeyNode);
  }

  /** Reports every key that was never asked for. */
  void finish() {
    tuples.forEach(
        (key, tuple) -> {
          if (!expected.contains(key)) {
            problems.at(tuple.getKeyNode(), "unknownKey", key, what, String.join(", ", expected));
          }
        });
  }

  static String what(String key, Object... arguments) {
    return Messages.get("lesson.what." + key, arguments);
  }
}
