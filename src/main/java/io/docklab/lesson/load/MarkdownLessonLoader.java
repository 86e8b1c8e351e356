package io.docklab.lesson.load;

import io.docklab.lesson.Action;
import io.docklab.lesson.Advance;
import io.docklab.lesson.Lesson;
import io.docklab.lesson.Step;
import io.docklab.lesson.Text;
import io.docklab.lesson.check.CheckSpec;
import io.docklab.lesson.load.LessonMapper.Header;
import io.docklab.lesson.load.LessonMapper.PlacedStep;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.Block;
import org.commonmark.node.Document;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Loads a lesson written in Markdown: YAML front matter for the lesson's own keys, a {@code ##}
 * heading per step, fenced blocks with a role ({@code command}, {@code file}, {@code input}, {@code
 * ready}, {@code check}, {@code hint}) for what is not text, and {@code <!-- lang:xx -->} markers
 * for the text of each language. See docs/lesson-format.md.
 */
public final class MarkdownLessonLoader {
  private static final Pattern LANGUAGE_MARKER =
      Pattern.compile("<!--\\s*lang:([A-Za-z]+)\\s*-->\\s*");
  private static final String ALL_LANGUAGES = "all";

  private final Parser parser =
      Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS).build();

  public LoadResult load(String file, String content) {
    Problems problems = new Problems(file);
    List<String> lines = Arrays.asList(LessonText.normalize(content).split("\n", -1));
    int close = frontMatterEnd(lines, problems);
    if (close < 0) {
      return LoadResult.of(file, null, problems);
    }
    LessonMapper mapper = new LessonMapper(problems);
    String frontMatter = String.join("\n", lines.subList(1, close));
    Optional<org.snakeyaml.engine.v2.nodes.Node> front = Yaml.compose(frontMatter, 2, 0, problems);
    Optional<Header> header =
        front
            .flatMap(node -> mapper.reader().fields(node, Fields.what("lesson")))
            .flatMap(
                fields -> {
                  Optional<Header> read = mapper.header(fields);
                  fields.finish();
                  return read;
                });
    if (header.isEmpty()) {
      return LoadResult.of(file, null, problems);
    }
    String body =
        "\n".repeat(close + 1) + String.join("\n", lines.subList(close + 1, lines.size()));
    Document document = (Document) parser.parse(body);
    Body read = new Body(lines, mapper, problems);
    for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
      read.block(node);
    }
    Optional<Lesson> lesson = read.lesson(header.get(), front.get());
    return LoadResult.of(file, lesson.orElse(null), problems);
  }

  /** The index of the line closing the front matter, or -1 (and an error) when there is none. */
  private static int frontMatterEnd(List<String> lines, Problems problems) {
    if (lines.isEmpty() || !lines.get(0).strip().equals("---")) {
      problems.at(1, 1, "noFrontMatter");
      return -1;
    }
    for (int i = 1; i < lines.size(); i++) {
      String line = lines.get(i).stripTrailing();
      if (line.equals("---") || line.equals("...")) {
        return i;
      }
    }
    problems.at(1, 1, "unclosedFrontMatter");
    return -1;
  }

  /** Reads the Markdown after the front matter, block by block. */
  private static final class Body {
    private final List<String> lines;
    private final LessonMapper mapper;
    private final Problems problems;
    private final List<String> languages;
    private final Section intro;
    private final List<Section> steps = new ArrayList<>();
    private Section current;

    Body(List<String> lines, LessonMapper mapper, Problems problems) {
      this.lines = lines;
      this.mapper = mapper;
      this.problems = problems;
      this.languages = mapper.reader().languages();
      this.intro = new Section(null, 0, mapper, problems);
      this.current = intro;
    }

    void block(Node node) {
      if (node.getSourceSpans().isEmpty()) {
        return;
      }
      int first = firstLine(node);
      if (depth(node) > Yaml.MAX_DEPTH) {
        // Shown to a learner, such text would be laid out block in block, that deep.
        problems.at(first + 1, 1, "tooDeepMarkdown", Yaml.MAX_DEPTH);
        return;
      }
      if (node instanceof Heading heading && heading.getLevel() == 2) {
        current = new Section(lines.get(first), first + 1, mapper, problems);
        steps.add(current);
        return;
      }
      if (node instanceof HtmlBlock html) {
        Matcher marker = LANGUAGE_MARKER.matcher(html.getLiteral());
        if (marker.matches()) {
          language(marker.group(1), first);
          return;
        }
      }
      if (node instanceof FencedCodeBlock code
          && current.roleBlock(code, lines.get(first), first + 1)) {
        return;
      }
      current.text(String.join("\n", lines.subList(first, lastLine(node) + 1)));
    }

    private void language(String language, int line) {
      if (language.equals(ALL_LANGUAGES) || languages.contains(language)) {
        current.language = language.equals(ALL_LANGUAGES) ? null : language;
      } else {
        problems.at(
            line + 1,
            1,
            "unknownLanguage",
            language,
            String.join(", ", languages) + ", " + ALL_LANGUAGES);
      }
    }

    Optional<Lesson> lesson(Header header, org.snakeyaml.engine.v2.nodes.Node front) {
      Text introText = intro.text(1);
      List<Action> setup = intro.setup();
      List<PlacedStep> placed = new ArrayList<>();
      for (Section section : steps) {
        section.step().ifPresent(placed::add);
      }
      if (!steps.isEmpty() && placed.isEmpty()) {
        return Optional.empty();
      }
      return mapper.lesson(header, introText, setup, placed, front);
    }

    private static int firstLine(Node node) {
      return node.getSourceSpans().get(0).getLineIndex();
    }

    /** How deep blocks and inlines nest in {@code node} (1 for a node alone), without recursion. */
    private static int depth(Node node) {
      int deepest = 0;
      Deque<Node> pending = new ArrayDeque<>();
      Deque<Integer> depths = new ArrayDeque<>();
      pending.push(node);
      depths.push(1);
      while (!pending.isEmpty()) {
        Node next = pending.pop();
        int depth = depths.pop();
        deepest = Math.max(deepest, depth);
        for (Node child = next.getFirstChild(); child != null; child = child.getNext()) {
          pending.push(child);
          depths.push(depth + 1);
        }
      }
      return deepest;
    }

    /** The last line of {@code node} and its descendants, walked without recursion. */
    private static int lastLine(Node node) {
      int last = firstLine(node);
      Deque<Node> pending = new ArrayDeque<>();
      pending.push(node);
      while (!pending.isEmpty()) {
        Node next = pending.pop();
        for (SourceSpan span : next.getSourceSpans()) {
          last = Math.max(last, span.getLineIndex());
        }
        if (next instanceof Block) {
          for (Node child = next.getFirstChild(); child != null; child = child.getNext()) {
            pending.push(child);
          }
        }
      }
      return last;
    }
  }

  /** A piece of text, for one language or (when {@code language} is null) for all. */
  private record Chunk(String language, String markdown) {}

  /** The intro or one step: its heading, text chunks by language, and fenced blocks by role. */
  private static final class Section {
    private final String headingLine;
    private final int line;
    private final LessonMapper mapper;
    private final Problems problems;
    private final List<String> languages;
    private final List<Chunk> chunks = new ArrayList<>();
    private final List<MarkdownBlocks.Pending> actions = new ArrayList<>();
    private final List<MarkdownBlocks.Pending> solution = new ArrayList<>();
    private final List<MarkdownBlocks.Pending> setup = new ArrayList<>();
    private final List<CheckSpec> checks = new ArrayList<>();
    private final List<Text> hints = new ArrayList<>();
    private MarkdownBlocks.Pending lastCommand;

    /** Whether the step has a check block, or a broken block that might have been one. */
    private boolean hasCheckBlock;

    String language;

    Section(String headingLine, int line, LessonMapper mapper, Problems problems) {
      this.headingLine = headingLine;
      this.line = line;
      this.mapper = mapper;
      this.problems = problems;
      this.languages = mapper.reader().languages();
    }

    void text(String markdown) {
      chunks.add(new Chunk(language, markdown));
    }

    /** Takes a fenced block with a role; false for a plain block, which stays text. */
    boolean roleBlock(FencedCodeBlock code, String fenceLine, int fenceLineNumber) {
      Optional<MarkdownBlocks.Info> info =
          MarkdownBlocks.info(code, fenceLine, fenceLineNumber, problems);
      if (info.isEmpty()) {
        hasCheckBlock = true;
        return true;
      }
      if (info.get().role() == null) {
        return false;
      }
      MarkdownBlocks.Info block = info.get();
      if (headingLine == null && !block.setup()) {
        problems.at(
            fenceLineNumber,
            block.roleColumn() + 1,
            block.role().equals("command") || block.role().equals("file")
                ? "blockBeforeStepNotSetup"
                : "blockBeforeStep",
            block.role());
        return true;
      }
      switch (block.role()) {
        case "check" -> {
          hasCheckBlock = true;
          if (block.noAttributes(problems)) {
            MarkdownBlocks.yaml(
                    code,
                    fenceLineNumber,
                    problems,
                    node -> Optional.of(mapper.checkOrChecks(node)))
                .ifPresent(checks::addAll);
          }
        }
        case "hint" -> {
          if (block.noAttributes(problems)) {
            MarkdownBlocks.yaml(code, fenceLineNumber, problems, mapper::text)
                .ifPresent(hints::add);
          }
        }
        case "ready" -> {
          if (!block.noAttributes(problems)) {
            break;
          }
          if (lastCommand == null) {
            problems.at(fenceLineNumber, block.roleColumn() + 1, "readyWithoutCommand");
          } else {
            MarkdownBlocks.Pending command = lastCommand;
            MarkdownBlocks.yaml(
                    code, fenceLineNumber, problems, node -> mapper.ready(node).map(valid -> node))
                .ifPresent(node -> command.addReady(node, fenceLineNumber));
          }
        }
        case "input" -> {
          if (!block.noAttributes(problems)) {
            break;
          }
          if (lastCommand == null) {
            problems.at(fenceLineNumber, block.roleColumn() + 1, "inputWithoutCommand");
          } else {
            lastCommand.addInput(code, fenceLineNumber);
          }
        }
        default -> {
          MarkdownBlocks.Pending pending = block.action(code, fenceLineNumber, problems);
          if (pending != null) {
            (pending.setup() ? setup : pending.solution() ? solution : actions).add(pending);
            lastCommand = block.role().equals("command") ? pending : null;
          }
        }
      }
      return true;
    }

    /** The setup blocks of this part: the lesson's in the intro, else the step's. */
    List<Action> setup() {
      return MarkdownBlocks.build(setup, mapper, mapper::setupAction);
    }

    Text text(int errorLine) {
      Map<String, String> byLanguage = new LinkedHashMap<>();
      boolean perLanguage = chunks.stream().anyMatch(chunk -> chunk.language() != null);
      for (String lang : languages) {
        List<String> parts = new ArrayList<>();
        boolean own = false;
        for (Chunk chunk : chunks) {
          if (chunk.language() == null || chunk.language().equals(lang)) {
            parts.add(chunk.markdown());
            own |= chunk.language() != null;
          }
        }
        if (perLanguage && !own) {
          problems.at(errorLine, 1, "missingLanguageText", lang);
        }
        byLanguage.put(lang, String.join("\n\n", parts).stripTrailing());
      }
      return Text.of(byLanguage);
    }

    Optional<PlacedStep> step() {
      Optional<MarkdownBlocks.Heading> heading =
          MarkdownBlocks.heading(headingLine, line, languages, problems);
      Text text = text(line);
      if (!hasCheckBlock) {
        problems.at(line, 1, "noCheckBlock");
      }
      List<Action> actionList = MarkdownBlocks.build(actions, mapper);
      List<Action> solutionList = MarkdownBlocks.build(solution, mapper);
      List<Action> setupList = setup();
      if (heading.isEmpty() || heading.get().id().isEmpty()) {
        return Optional.empty();
      }
      Optional<Advance> advance =
          Optional.ofNullable(heading.get().advanceNode())
              .map(mapper::advance)
              .orElse(Optional.of(Advance.AUTO));
      if (advance.isEmpty()) {
        return Optional.empty();
      }
      return heading
          .get()
          .id()
          .map(
              id ->
                  new PlacedStep(
                      new Step(
                          id,
                          heading.get().title(),
                          text,
                          actionList,
                          checks,
                          hints,
                          solutionList,
                          setupList,
                          advance.get()),
                      heading.get().idNode()));
    }
  }
}
