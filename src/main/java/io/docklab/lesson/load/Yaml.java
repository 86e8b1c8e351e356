package io.docklab.lesson.load;

import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.ReaderException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.parser.Parser;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

/**
 * Reads YAML into a node tree whose marks are positions in the lesson file, also for YAML that sits
 * inside a Markdown file (front matter, a check block): the text is shifted right to where it
 * stands in the file, and down by {@code firstLine} (or by {@link Problems#shifted}, which costs
 * nothing per line). Collections nest at most {@link #MAX_DEPTH} deep, so that no file can exhaust
 * the stack.
 */
final class Yaml {
  /** How deep lists and mappings may nest in a lesson's YAML. */
  static final int MAX_DEPTH = 64;

  private Yaml() {}

  /**
   * The node tree of {@code text}, whose first line is line {@code firstLine} (from 1) of the file
   * and whose lines start at column {@code indent} (from 0); empty (and an error reported) when the
   * text is not valid YAML or holds no document.
   */
  static Optional<Node> compose(String text, int firstLine, int indent, Problems problems) {
    String shifted = "\n".repeat(firstLine - 1) + indentLines(text, indent);
    LoadSettings settings =
        LoadSettings.builder()
            .setLabel(problems.file())
            .setCodePointLimit(LessonText.MAX_BYTES + firstLine)
            // A key that is a list or a mapping is reported where it is, by Fields.
            .setAllowNonScalarKeys(true)
            .build();
    try {
      Parser parser = new DepthLimit(new ParserImpl(settings, new StreamReader(settings, shifted)));
      Optional<Node> node = new Composer(settings, parser).getSingleNode();
      if (node.isEmpty()) {
        problems.at(mark(problems, firstLine, indent), "emptyYaml");
      }
      return node;
    } catch (TooDeep e) {
      problems.at(e.mark, "tooDeep", MAX_DEPTH);
    } catch (MarkedYamlEngineException e) {
      boolean atEnd =
          e.getProblem().contains("end of stream") || e.getProblem().contains("<stream end>");
      boolean useContext =
          e.getContextMark().isPresent() && (atEnd || e.getProblemMark().isEmpty());
      String what =
          e.getContext() == null ? e.getProblem() : e.getContext() + ": " + e.getProblem();
      problems.at(useContext ? e.getContextMark() : e.getProblemMark(), "yaml", what);
    } catch (ReaderException e) {
      int[] place = place(shifted, e.getPosition());
      problems.at(
          mark(problems, place[0], place[1]),
          "specialCharacter",
          String.format("%04X", e.getCodePoint()));
    } catch (YamlEngineException e) {
      problems.at(mark(problems, firstLine, indent), "yaml", e.getMessage());
    }
    return Optional.empty();
  }

  /** The 1-based line and 0-based column of the code point at {@code position} in {@code text}. */
  private static int[] place(String text, int position) {
    int line = 1;
    int column = 0;
    int index = 0;
    for (int i = 0; i < position && index < text.length(); i++) {
      int codePoint = text.codePointAt(index);
      index += Character.charCount(codePoint);
      if (codePoint == '\n') {
        line++;
        column = 0;
      } else {
        column++;
      }
    }
    return new int[] {line, column};
  }

  private static Optional<Mark> mark(Problems problems, int line, int column) {
    return Optional.of(new Mark(problems.file(), 0, line - 1, column, new int[0], 0));
  }

  private static String indentLines(String text, int indent) {
    if (indent == 0) {
      return text;
    }
    String spaces = " ".repeat(indent);
    return spaces + text.replace("\n", "\n" + spaces);
  }

  /** Collections nested deeper than {@link #MAX_DEPTH}, at the first that is too deep. */
  private static final class TooDeep extends RuntimeException {
    final Optional<Mark> mark;

    TooDeep(Optional<Mark> mark) {
      super(null, null, false, false);
      this.mark = mark;
    }
  }

  /** A parser that counts how deep collections nest and stops at {@link #MAX_DEPTH}. */
  private static final class DepthLimit implements Parser {
    private final Parser parser;
    private int depth;

    DepthLimit(Parser parser) {
      this.parser = parser;
    }

    @Override
    public boolean checkEvent(Event.ID id) {
      return parser.checkEvent(id);
    }

    @Override
    public Event peekEvent() {
      return parser.peekEvent();
    }

    @Override
    public boolean hasNext() {
      return parser.hasNext();
    }

    @Override
    public Event next() {
      Event event = parser.next();
      switch (event.getEventId()) {
        case SequenceStart, MappingStart -> {
          if (++depth > MAX_DEPTH) {
            throw new TooDeep(event.getStartMark());
          }
        }
        case SequenceEnd, MappingEnd -> depth--;
        default -> {
          // not a collection
        }
      }
      return event;
    }
  }
}
