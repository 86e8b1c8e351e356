package io.docklab.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.docklab.i18n.Messages;
import io.docklab.lesson.check.CheckKind;
import io.docklab.lesson.load.LessonLoader;
import io.docklab.lesson.load.LoadResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The examples of docs/lesson-format.md load without errors, in both formats. */
class DocsExamplesTest {
  private static final String HEADER =
      "id: doc\nlanguages: [en, ja]\ntitle: T\nsummary: S\nestimatedMinutes: 1\n"
          + "variables: [{name: registry, default: r}, {name: account, default: a},"
          + " {name: password, default: p}]\n"
          + "hostPaths: [/srv/site]\n";
  private static final String ANY_CHECK = "```yaml check\nkind: output\nshows: x\n```\n";

  private static String doc;
  private static List<FencedCodeBlock> blocks;

  @BeforeAll
  static void read() throws IOException {
    Messages.use(Locale.ENGLISH);
    doc = Files.readString(Path.of("docs/lesson-format.md"));
    blocks = new ArrayList<>();
    for (Node node = Parser.builder().build().parse(doc).getFirstChild();
        node != null;
        node = node.getNext()) {
      if (node instanceof FencedCodeBlock block) {
        blocks.add(block);
      }
    }
  }

  private static List<String> blocks(String info) {
    return blocks.stream()
        .filter(block -> info.equals(block.getInfo()))
        .map(FencedCodeBlock::getLiteral)
        .toList();
  }

  private static LoadResult load(String file, String content) {
    LoadResult result = LessonLoader.load(file, content);
    assertEquals(List.of(), result.errors(), content);
    return result;
  }

  @Test
  void theCompleteExampleIsTheSameLessonInBothFormats() {
    Lesson markdown = load("example.md", blocks("markdown").get(0)).lesson().orElseThrow();
    Lesson yaml = load("example.yaml", blocks("yaml").get(0)).lesson().orElseThrow();
    assertEquals(yaml, markdown);
  }

  @Test
  void everyMarkdownExampleLoadsAsPartOfAStep() {
    List<String> examples = blocks("markdown");
    assertTrue(examples.size() > 10, "examples found: " + examples.size());
    for (String example : examples.subList(1, examples.size())) {
      String check = example.contains("```yaml check") ? "" : ANY_CHECK;
      load("example.md", "---\n" + HEADER + "---\n\n## S {#s ja=S}\n\n" + example + "\n" + check);
    }
  }

  @Test
  void everyYamlExampleOfAStepKeyLoadsAsPartOfAStep() {
    int loaded = 0;
    for (String example : blocks("yaml")) {
      if (example.startsWith("checks:")
          || example.startsWith("actions:")
          || example.startsWith("solution:")
          || example.startsWith("setup:")) {
        String indented = example.strip().replace("\n", "\n    ");
        String check =
            example.startsWith("checks:") ? "" : "\n    checks: [{kind: output, shows: x}]";
        load(
            "example.yaml",
            HEADER + "steps:\n  - id: s\n    title: S\n    " + indented + check + "\n");
        loaded++;
      }
    }
    assertTrue(loaded >= CheckKind.values().length + 2, "yaml step examples: " + loaded);
  }

  @Test
  void everyCheckKindHasASection() {
    for (CheckKind kind : CheckKind.values()) {
      assertTrue(doc.contains("\n### `" + kind.key() + "`\n"), kind.key());
    }
  }
}
