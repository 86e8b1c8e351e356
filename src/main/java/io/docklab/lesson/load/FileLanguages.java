package io.docklab.lesson.load;

import io.docklab.lesson.load.Attributes.Attribute;
import io.docklab.lesson.load.MarkdownBlocks.Pending;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * Markdown {@code file} blocks of one path with {@code lang=xx}: one block per language of the
 * lesson, merged into the first one, whose content becomes a mapping of languages as a YAML lesson
 * writes it ({@code content: {en: ..., ja: ...}}). A language missing, unknown or given twice is an
 * error at the block's {@code lang}; blocks without {@code lang} are left as they are.
 */
final class FileLanguages {
  private FileLanguages() {}

  /** {@code pending} with the blocks of each path in several languages made one. */
  static List<Pending> merge(List<Pending> pending, NodeReader in) {
    List<String> languages = in.languages();
    Problems problems = in.problems();
    List<Pending> blocks = new ArrayList<>();
    Map<String, Pending> firstByPath = new LinkedHashMap<>();
    Map<String, MappingNode> contents = new LinkedHashMap<>();
    for (Pending block : pending) {
      Attribute lang = block.lang();
      if (lang == null) {
        blocks.add(block);
        continue;
      }
      if (!languages.contains(lang.value())) {
        problems.at(
            block.line(),
            lang.column() + 1,
            "unknownFileLanguage",
            lang.value(),
            String.join(", ", languages));
        continue;
      }
      NodeTuple content = contentTuple(block.node());
      MappingNode byLanguage = contents.get(block.path());
      if (byLanguage == null) {
        byLanguage =
            new MappingNode(
                Tag.MAP,
                true,
                new ArrayList<>(),
                FlowStyle.BLOCK,
                content.getKeyNode().getStartMark(),
                content.getKeyNode().getEndMark());
        List<NodeTuple> tuples = block.node().getValue();
        tuples.set(tuples.indexOf(content), new NodeTuple(content.getKeyNode(), byLanguage));
        contents.put(block.path(), byLanguage);
        firstByPath.put(block.path(), block);
        blocks.add(block);
      } else if (hasKey(byLanguage, lang.value())) {
        problems.at(
            block.line(), lang.column() + 1, "duplicateFileLanguage", lang.value(), block.path());
        continue;
      }
      byLanguage
          .getValue()
          .add(new NodeTuple(key(lang, block.line(), problems), content.getValueNode()));
    }
    for (Map.Entry<String, MappingNode> entry : contents.entrySet()) {
      Pending first = firstByPath.get(entry.getKey());
      List<String> missing =
          languages.stream().filter(language -> !hasKey(entry.getValue(), language)).toList();
      for (String language : missing) {
        problems.at(
            first.line(), first.lang().column() + 1, "missingFileLanguage", language, first.path());
      }
      if (!missing.isEmpty()) {
        blocks.removeIf(block -> block == first);
      }
    }
    return blocks;
  }

  private static NodeTuple contentTuple(MappingNode node) {
    return node.getValue().stream()
        .filter(tuple -> ((ScalarNode) tuple.getKeyNode()).getValue().equals("content"))
        .findFirst()
        .orElseThrow();
  }

  private static boolean hasKey(MappingNode mapping, String key) {
    return mapping.getValue().stream()
        .anyMatch(tuple -> ((ScalarNode) tuple.getKeyNode()).getValue().equals(key));
  }

  /** The language as a mapping key, standing where {@code lang} does. */
  private static ScalarNode key(Attribute lang, int line, Problems problems) {
    Optional<Mark> mark =
        Optional.of(new Mark(problems.file(), 0, line - 1, lang.column(), new int[0], 0));
    return new ScalarNode(Tag.STR, true, lang.value(), ScalarStyle.PLAIN, mark, mark);
  }
}
