package io.docklab.lesson.load;

import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Reads YAML into a node tree whose marks are positions in the lesson file, also for YAML that sits
 * inside a Markdown file (front matter, a check block): the text is shifted down and right to where
 * it stands in the file before it is composed.
 */
final class Yaml {
  private Yaml() {}

  /**
   * The node tree of {@code text}, whose first line is line {@code firstLine} (from 1) of the file
   * and whose lines start at column {@code indent} (from 0); empty (and an error reported) when the
   * text is not valid YAML or holds no document.
   */
  static Optional<Node> compose(String text, int firstLine, int indent, Problems problems) {
    String shifted = "\n".repeat(firstLine - 1) + indentLines(text, indent);
    LoadSettings settings = LoadSettings.builder().setLabel(problems.file()).build();
    try {
      Optional<Node> node = new Compose(settings).composeString(shifted);
      if (node.isEmpty()) {
        problems.at(firstLine, indent + 1, "emptyYaml");
      }
      return node;
    } catch (MarkedYamlEngineException e) {
      boolean atEnd =
          e.getProblem().contains("end of stream") || e.getProblem().contains("<stream end>");
      boolean useContext =
          e.getContextMark().isPresent() && (atEnd || e.getProblemMark().isEmpty());
      String what =
          e.getContext() == null ? e.getProblem() : e.getContext() + ": " + e.getProblem();
      problems.at(useContext ? e.getContextMark() : e.getProblemMark(), "yaml", what);
    } catch (YamlEngineException e) {
      problems.at(firstLine, indent + 1, "yaml", e.getMessage());
    }
    return Optional.empty();
  }

  private static String indentLines(String text, int indent) {
    if (indent == 0) {
      return text;
    }
    String spaces = " ".repeat(indent);
    return spaces + text.replace("\n", "\n" + spaces);
  }
}
