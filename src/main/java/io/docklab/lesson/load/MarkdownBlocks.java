package io.docklab.lesson.load;

import io.docklab.lesson.Action;
import io.docklab.lesson.Text;
import io.docklab.lesson.load.Attributes.Attribute;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.FencedCodeBlock;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * The parts of a Markdown lesson that are not plain Markdown: fence info strings with a role and
 * attributes, step headings with an id and titles, and the YAML nodes built from them so that the
 * shared {@link LessonMapper} reads them like the YAML format.
 */
final class MarkdownBlocks {
  static final List<String> ROLES = List.of("command", "file", "input", "ready", "check", "hint");
  private static final Map<String, List<String>> ATTRIBUTES =
      Map.of(
          "command",
          List.of("mode", "exitCode", "solution", "setup"),
          "file",
          List.of("path", "lang", "solution", "setup"));
  private static final String SOLUTION = "solution";
  private static final String SETUP = "setup";
  private static final String LANG = "lang";
  private static final String ADVANCE = "advance";
  private static final Pattern ATX = Pattern.compile("^( {0,3}#{2}\\s+)(.*?)(\\s+#+)?\\s*$");
  private static final Pattern HEADING_ATTRIBUTES = Pattern.compile("^(.*?)\\s*\\{(#.*)}$");

  private MarkdownBlocks() {}

  /** What a fence's info string says: {@code LANGUAGE [ROLE] [{ATTRIBUTES}]}. */
  record Info(String role, int line, int roleColumn, List<Attribute> attributes) {

    /** Reports every attribute as unknown, for roles that take none; true when there are none. */
    boolean noAttributes(Problems problems) {
      for (Attribute attribute : attributes) {
        problems.at(
            line,
            attribute.column() + 1,
            "unknownAttribute",
            attribute.key(),
            Fields.what("block", role),
            "-");
      }
      return attributes.isEmpty();
    }

    /** The YAML mapping of a {@code command} or {@code file} block; null after an error. */
    Pending action(FencedCodeBlock code, int fenceLine, Problems problems) {
      List<String> allowed = ATTRIBUTES.get(role);
      List<NodeTuple> tuples = new ArrayList<>();
      tuples.add(tuple("kind", role, line, roleColumn, problems));
      Attribute solution = null;
      Attribute setup = null;
      Attribute lang = null;
      String path = null;
      boolean ok = true;
      for (Attribute attribute : attributes) {
        if (!allowed.contains(attribute.key())) {
          problems.at(
              line,
              attribute.column() + 1,
              "unknownAttribute",
              attribute.key(),
              Fields.what("block", role),
              String.join(", ", allowed));
          ok = false;
        } else if (attribute.key().equals(SOLUTION)) {
          solution = attribute;
        } else if (attribute.key().equals(SETUP)) {
          setup = attribute;
        } else if (attribute.key().equals(LANG)) {
          lang = attribute;
        } else {
          path = attribute.key().equals("path") ? attribute.value() : path;
          tuples.add(tuple(attribute.key(), attribute.value(), line, attribute.column(), problems));
        }
      }
      String contentKey = role.equals("command") ? "run" : "content";
      tuples.add(
          tuple(contentKey, code.getLiteral(), fenceLine + 1, code.getFenceIndent(), problems));
      MappingNode node =
          new MappingNode(
              Tag.MAP,
              true,
              tuples,
              FlowStyle.BLOCK,
              mark(problems, fenceLine, code.getFenceIndent()),
              mark(problems, fenceLine, code.getFenceIndent()));
      if (setup != null && solution != null) {
        Attribute later = setup.column() > solution.column() ? setup : solution;
        problems.at(line, later.column() + 1, "setupWithSolution");
        ok = false;
      }
      return ok ? new Pending(node, solution != null, path, lang, line, setup != null) : null;
    }

    /** Whether this block is a {@code command} or {@code file} block marked {@code setup}. */
    boolean setup() {
      return ATTRIBUTES.containsKey(role)
          && attributes.stream().anyMatch(attribute -> attribute.key().equals(SETUP));
    }
  }

  /**
   * A command or file block waiting for the end of its step (an input block may follow, or the same
   * file in another language).
   *
   * @param path the {@code path} attribute as written, or null
   * @param lang the {@code lang} attribute of a file block in one language, or null
   * @param line the 1-based line of the fence, where {@code lang} stands
   * @param setup whether the block is part of a setup (attribute {@code setup})
   */
  record Pending(
      MappingNode node, boolean solution, String path, Attribute lang, int line, boolean setup) {
    void addInput(FencedCodeBlock code, int fenceLine) {
      List<Node> lines = new ArrayList<>();
      String[] typed = code.getLiteral().split("\n");
      for (int i = 0; i < typed.length; i++) {
        lines.add(
            scalar(
                typed[i],
                node.getStartMark().get().getName(),
                fenceLine + 1 + i,
                code.getFenceIndent()));
      }
      Optional<Mark> at = Optional.of(markAt(node.getStartMark().get().getName(), fenceLine, 0));
      node.getValue()
          .add(
              new NodeTuple(
                  scalar("input", node.getStartMark().get().getName(), fenceLine, 0),
                  new SequenceNode(Tag.SEQ, true, lines, FlowStyle.BLOCK, at, at)));
    }

    /**
     * A {@code ready} block after the command: its mapping, already read once where it stands (so
     * that its errors carry its own lines), becomes the command's {@code ready} key; a second one
     * is a duplicate key at its fence.
     */
    void addReady(Node ready, int fenceLine) {
      node.getValue()
          .add(
              new NodeTuple(
                  scalar("ready", node.getStartMark().get().getName(), fenceLine, 0), ready));
    }
  }

  /**
   * A step heading: {@code ## Title {#id ja="タイトル" advance=manual}}.
   *
   * @param advanceNode the {@code advance} attribute's value, or null
   */
  record Heading(Optional<String> id, Node idNode, Text title, Node advanceNode) {}

  /**
   * Reads the info string of a fenced block; empty (and errors reported) when it is malformed, a
   * null role for a plain block.
   */
  static Optional<Info> info(FencedCodeBlock code, String fenceLine, int line, Problems problems) {
    String info = code.getInfo() == null ? "" : code.getInfo();
    int infoColumn = Math.max(0, fenceLine.indexOf(info, code.getFenceIndent()));
    int brace = info.indexOf('{');
    String words = brace < 0 ? info : info.substring(0, brace);
    String[] split = words.strip().split("\\s+");
    if (split.length < 2 && brace < 0) {
      return Optional.of(new Info(null, line, 0, List.of()));
    }
    String role = split.length >= 2 ? split[1] : "";
    int roleColumn =
        split.length >= 2 ? infoColumn + words.indexOf(role, split[0].length()) : infoColumn;
    if (!ROLES.contains(role) || split.length > 2) {
      problems.at(line, roleColumn + 1, "unknownRole", role, String.join(", ", ROLES));
      return Optional.empty();
    }
    List<Attribute> attributes = List.of();
    if (brace >= 0) {
      String rest = info.substring(brace).stripTrailing();
      if (!rest.endsWith("}")) {
        problems.at(line, infoColumn + brace + 1, "unclosedBrace");
        return Optional.empty();
      }
      Optional<List<Attribute>> parsed =
          Attributes.parse(
              rest.substring(1, rest.length() - 1), line, infoColumn + brace + 1, problems);
      if (parsed.isEmpty()) {
        return Optional.empty();
      }
      attributes = parsed.get();
    }
    return Optional.of(new Info(role, line, roleColumn, attributes));
  }

  /** What {@code read} makes of the YAML inside a {@code check} or {@code hint} block. */
  static <T> Optional<T> yaml(
      FencedCodeBlock code, int fenceLine, Problems problems, Function<Node, Optional<T>> read) {
    return problems.shifted(
        fenceLine + 1,
        () -> Yaml.compose(code.getLiteral(), 1, code.getFenceIndent(), problems).flatMap(read));
  }

  /** Reads a heading's id and titles. {@code line} counts from 1. */
  static Optional<Heading> heading(
      String raw, int line, List<String> languages, Problems problems) {
    Matcher atx = ATX.matcher(raw);
    String title = atx.matches() ? atx.group(2) : raw.strip();
    int titleColumn = atx.matches() ? atx.group(1).length() : raw.indexOf(title);
    Matcher withAttributes = HEADING_ATTRIBUTES.matcher(title);
    if (!withAttributes.matches()) {
      problems.at(line, 1, "missingStepId");
      return Optional.empty();
    }
    String mainTitle = withAttributes.group(1);
    int attributesColumn = titleColumn + withAttributes.start(2);
    Optional<List<Attribute>> attributes =
        Attributes.parse(withAttributes.group(2), line, attributesColumn, problems);
    if (attributes.isEmpty()) {
      return Optional.empty();
    }
    Map<String, String> titles = new LinkedHashMap<>();
    titles.put(languages.get(0), mainTitle);
    Node idNode = null;
    Node advanceNode = null;
    List<String> otherLanguages = languages.subList(1, languages.size());
    for (Attribute attribute : attributes.get()) {
      if (attribute.key().equals("#")) {
        idNode = scalar(attribute.value(), problems.file(), line, attribute.column() + 1);
      } else if (otherLanguages.contains(attribute.key())) {
        titles.put(attribute.key(), attribute.value());
      } else if (attribute.key().equals(ADVANCE)) {
        advanceNode =
            scalar(
                attribute.value(),
                problems.file(),
                line,
                attribute.column() + ADVANCE.length() + 1);
      } else {
        problems.at(
            line,
            attribute.column() + 1,
            "unknownAttribute",
            attribute.key(),
            Fields.what("step"),
            "#id"
                + (otherLanguages.isEmpty() ? "" : ", " + String.join(", ", otherLanguages))
                + ", "
                + ADVANCE);
      }
    }
    boolean ok = true;
    for (String language : otherLanguages) {
      if (!titles.containsKey(language)) {
        problems.at(line, attributesColumn, "missingTitle", language);
        ok = false;
      }
    }
    Map<String, String> ordered = new LinkedHashMap<>();
    languages.forEach(language -> ordered.put(language, titles.getOrDefault(language, "")));
    Optional<String> id = Optional.empty();
    if (idNode != null) {
      id = new NodeReader(problems).id(idNode);
    }
    return ok && idNode != null
        ? Optional.of(new Heading(id, idNode, new Text(ordered), advanceNode))
        : Optional.empty();
  }

  /**
   * The actions of a step, read by the shared mapper from the blocks' YAML mappings; file blocks of
   * one path in several languages first made one (see {@link FileLanguages}).
   */
  static List<Action> build(List<Pending> pending, LessonMapper mapper) {
    return build(pending, mapper, mapper::action);
  }

  /** The actions of a step or the intro, each read by {@code read}. */
  static List<Action> build(
      List<Pending> pending, LessonMapper mapper, Function<Node, Optional<Action>> read) {
    List<Action> actions = new ArrayList<>();
    for (Pending block : FileLanguages.merge(pending, mapper.reader())) {
      read.apply(block.node()).ifPresent(actions::add);
    }
    return actions;
  }

  private static NodeTuple tuple(
      String key, String value, int line, int column, Problems problems) {
    return new NodeTuple(
        scalar(key, problems.file(), line, column), scalar(value, problems.file(), line, column));
  }

  /** A string node standing at 1-based {@code line}, 0-based {@code column}. */
  private static ScalarNode scalar(String value, String file, int line, int column) {
    Optional<Mark> mark = Optional.of(markAt(file, line, column));
    return new ScalarNode(Tag.STR, true, value, ScalarStyle.PLAIN, mark, mark);
  }

  private static Optional<Mark> mark(Problems problems, int line, int column) {
    return Optional.of(markAt(problems.file(), line, column));
  }

  private static Mark markAt(String file, int line, int column) {
    return new Mark(file, 0, line - 1, column, new int[0], 0);
  }
}
