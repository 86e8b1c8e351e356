package io.docklab.lesson.load;

import io.docklab.lesson.Placeholders;
import io.docklab.lesson.Text;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * Turns YAML nodes into values: strings, numbers, lists, texts in the lesson's languages. Every
 * method reports what it expected and returns empty when the node does not fit.
 */
final class NodeReader {
  static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  private static final Pattern DURATION = Pattern.compile("([0-9]+)(ms|s|m)");

  /** The longest duration a lesson may give: a day. */
  static final Duration MAX_DURATION = Duration.ofDays(1);

  /**
   * The longest id: a lesson's id names its workspace directory and a step's id may name files, so
   * an id must fit in a file name with room to spare.
   */
  static final int MAX_ID_LENGTH = 64;

  private final Problems problems;
  private List<String> languages = List.of();
  private Set<String> variables = Set.of();
  private List<String> hostPaths = List.of();

  NodeReader(Problems problems) {
    this.problems = problems;
  }

  Problems problems() {
    return problems;
  }

  /** From now on texts are read in these languages. */
  void useLanguages(List<String> languages) {
    this.languages = List.copyOf(languages);
  }

  List<String> languages() {
    return languages;
  }

  /** From now on {@code {{name}}} may name these variables. */
  void useVariables(Collection<String> names) {
    this.variables = Set.copyOf(names);
  }

  // --- checks (issue 13): host paths and volume paths ---

  /** From now on {@code file} checks may read absolute paths under these. */
  void useHostPaths(List<String> paths) {
    this.hostPaths = List.copyOf(paths);
  }

  /** One of the lesson's {@code hostPaths}: an absolute path without {@code ..}. */
  Optional<String> hostPath(Node node) {
    Optional<String> value = string(node);
    if (value.isPresent() && !Reachable.plainAbsolute(value.get())) {
      problems.at(node, "badHostPath", value.get());
      return Optional.empty();
    }
    return value;
  }

  /**
   * The path a {@code file} check reads: in the workspace, or absolute under one of the lesson's
   * {@code hostPaths}; may use variables.
   */
  Optional<String> checkedPath(Node node) {
    Optional<String> value = template(node);
    String problem = value.map(path -> Reachable.checkedPathProblem(path, hostPaths)).orElse(null);
    if (problem != null) {
      problems.at(node, problem, value.get(), String.join(", ", hostPaths));
      return Optional.empty();
    }
    return value;
  }

  /** A file in a volume: relative to the volume's root, never leaving it; may use variables. */
  Optional<String> volumePath(Node node) {
    Optional<String> value = template(node);
    if (value.isPresent() && !Reachable.volumePath(value.get())) {
      problems.at(node, "badVolumePath", value.get());
      return Optional.empty();
    }
    return value;
  }

  // --- end checks ---

  Optional<Fields> fields(Node node, String what) {
    if (node instanceof MappingNode mapping) {
      return Optional.of(new Fields(mapping, what, problems));
    }
    expected(node, "mapping");
    return Optional.empty();
  }

  Optional<String> string(Node node) {
    if (node instanceof ScalarNode scalar && !Tag.NULL.equals(scalar.getTag())) {
      return Optional.of(scalar.getValue());
    }
    expected(node, "string");
    return Optional.empty();
  }

  /** A string that may use the lesson's variables as {@code {{name}}}. */
  Optional<String> template(Node node) {
    Optional<String> value = string(node);
    value.ifPresent(text -> checkVariables(node, text));
    return value;
  }

  /** A path in the lesson's workspace, which may use variables: relative, and staying inside. */
  Optional<String> workspacePath(Node node) {
    Optional<String> value = template(node);
    String problem = value.map(Reachable::workspacePathProblem).orElse(null);
    if (problem != null) {
      problems.at(node, problem, value.get());
      return Optional.empty();
    }
    return value;
  }

  /** An http or https URL, which may use variables. */
  Optional<String> httpUrl(Node node) {
    Optional<String> value = template(node);
    if (value.isPresent() && !Reachable.httpUrl(value.get())) {
      problems.at(node, "badUrl", value.get());
      return Optional.empty();
    }
    return value;
  }

  Optional<String> id(Node node) {
    Optional<String> value = string(node);
    if (value.isPresent() && value.get().length() > MAX_ID_LENGTH) {
      problems.at(node, "idTooLong", value.get().length(), MAX_ID_LENGTH);
      return Optional.empty();
    }
    if (value.isPresent() && !ID.matcher(value.get()).matches()) {
      problems.at(node, "badId", value.get());
      return Optional.empty();
    }
    return value;
  }

  Optional<Integer> integer(Node node, int min, int max) {
    if (node instanceof ScalarNode scalar && Tag.INT.equals(scalar.getTag())) {
      try {
        int value = Integer.parseInt(scalar.getValue());
        if (value >= min && value <= max) {
          return Optional.of(value);
        }
      } catch (NumberFormatException tooLarge) {
        // reported below
      }
      problems.at(node, "outOfRange", scalar.getValue(), min, max);
      return Optional.empty();
    }
    expected(node, "integer");
    return Optional.empty();
  }

  Optional<Boolean> bool(Node node) {
    if (node instanceof ScalarNode scalar && Tag.BOOL.equals(scalar.getTag())) {
      return Optional.of(Boolean.parseBoolean(scalar.getValue().toLowerCase()));
    }
    expected(node, "boolean");
    return Optional.empty();
  }

  Optional<Duration> duration(Node node) {
    Optional<String> value = string(node);
    if (value.isEmpty()) {
      return Optional.empty();
    }
    Matcher matcher = DURATION.matcher(value.get());
    if (!matcher.matches()) {
      problems.at(node, "badDuration", value.get());
      return Optional.empty();
    }
    String digits = matcher.group(1).replaceFirst("^0+(?=.)", "");
    Duration unit =
        switch (matcher.group(2)) {
          case "ms" -> Duration.ofMillis(1);
          case "s" -> Duration.ofSeconds(1);
          default -> Duration.ofMinutes(1);
        };
    // At most a day: more digits than a day has milliseconds is too long, whatever they are.
    if (digits.length() > 9
        || unit.multipliedBy(Long.parseLong(digits)).compareTo(MAX_DURATION) > 0) {
      problems.at(node, "durationTooLong", value.get());
      return Optional.empty();
    }
    return Optional.of(unit.multipliedBy(Long.parseLong(digits)));
  }

  /** One of {@code choices}, by the word lesson files use for it. */
  <E extends Enum<E>> Optional<E> choice(Node node, E[] choices, Function<E, String> word) {
    Optional<String> value = string(node);
    if (value.isEmpty()) {
      return Optional.empty();
    }
    for (E choice : choices) {
      if (word.apply(choice).equals(value.get())) {
        return Optional.of(choice);
      }
    }
    List<String> words = new ArrayList<>();
    for (E choice : choices) {
      words.add(word.apply(choice));
    }
    problems.at(node, "badChoice", value.get(), String.join(", ", words));
    return Optional.empty();
  }

  /** A list whose items {@code item} reads; items that fail are left out (and reported). */
  <T> Optional<List<T>> list(Node node, Function<Node, Optional<T>> item) {
    if (!(node instanceof SequenceNode sequence)) {
      expected(node, "list");
      return Optional.empty();
    }
    List<T> values = new ArrayList<>();
    for (Node child : sequence.getValue()) {
      item.apply(child).ifPresent(values::add);
    }
    return Optional.of(List.copyOf(values));
  }

  /** A mapping of strings to strings, such as environment variables or labels. */
  Optional<Map<String, String>> stringMap(Node node) {
    if (!(node instanceof MappingNode mapping)) {
      expected(node, "mapping");
      return Optional.empty();
    }
    Map<String, String> values = new LinkedHashMap<>();
    for (NodeTuple tuple : mapping.getValue()) {
      Optional<String> key = string(tuple.getKeyNode());
      Optional<String> value = template(tuple.getValueNode());
      if (key.isPresent() && value.isPresent()) {
        values.put(key.get(), value.get());
      }
    }
    return Optional.of(java.util.Collections.unmodifiableMap(values));
  }

  /**
   * Words for the learner: one string for every language, or a mapping with one string per language
   * of the lesson.
   */
  Optional<Text> text(Node node) {
    return texts(node, String::stripTrailing);
  }

  /**
   * A file's content, read like a {@link #text} (one string, or one per language) but kept exactly
   * as written, final line break and all.
   */
  Optional<Text> content(Node node) {
    return texts(node, UnaryOperator.identity());
  }

  private Optional<Text> texts(Node node, UnaryOperator<String> shape) {
    if (node instanceof ScalarNode) {
      return template(node).map(words -> Text.same(shape.apply(words), languages));
    }
    if (!(node instanceof MappingNode mapping)) {
      expected(node, "text");
      return Optional.empty();
    }
    Fields fields = new Fields(mapping, Fields.what("text"), problems);
    Map<String, String> byLanguage = new LinkedHashMap<>();
    for (String language : languages) {
      fields
          .required(language)
          .flatMap(this::template)
          .ifPresent(words -> byLanguage.put(language, shape.apply(words)));
    }
    fields.finish();
    return byLanguage.size() == languages.size()
        ? Optional.of(Text.of(byLanguage))
        : Optional.empty();
  }

  void expected(Node node, String type) {
    problems.at(node, "expected", Fields.what("type." + type), found(node));
  }

  private void checkVariables(Node node, String text) {
    for (Placeholders.Placeholder placeholder : Placeholders.in(text, variables)) {
      if (!placeholder.known()) {
        problems.atOffset(
            node,
            placeholder.start(),
            "unknownVariable",
            placeholder.name(),
            variables.isEmpty() ? "-" : String.join(", ", variables.stream().sorted().toList()));
      }
    }
  }

  private static String found(Node node) {
    if (node instanceof MappingNode) {
      return Fields.what("type.mapping");
    }
    if (node instanceof SequenceNode) {
      return Fields.what("type.list");
    }
    ScalarNode scalar = (ScalarNode) node;
    return Tag.NULL.equals(scalar.getTag())
        ? Fields.what("type.nothing")
        : "'" + scalar.getValue() + "'";
  }
}
