package io.docklab.importer.killercoda;

import io.docklab.lesson.ImageRecipe;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes an imported scenario as a docklab Markdown lesson: the report as YAML comments at the top
 * of the front matter, the lesson's keys, the intro with the lesson's setup, then one {@code ##}
 * section per step with its text, commands, hints, solution and checks.
 */
final class LessonWriter {
  /** The attribute of a command the scenario's verify script expects to fail. */
  private static final String EXPECTED_FAILURE = "exitCode=nonzero";

  /** What a step without a {@code verify.sh} is checked with: nothing; it advances on :next. */
  static final String NO_VERIFY =
      "imported from Killercoda: the step has no verify.sh, so it advances when the learner types"
          + " :next";

  private final StringBuilder out = new StringBuilder();

  /** Everything the lesson's front matter says. */
  record Head(
      String id,
      String title,
      String summary,
      int minutes,
      List<String> images,
      List<Integer> ports,
      List<String> containers,
      List<String> createdImages,
      List<String> networks,
      List<String> volumes,
      List<String> files,
      Map<String, ImageRecipe> recipes,
      String language) {}

  /** A file the lesson's setup writes. */
  record SetupFile(String path, String content) {}

  static String write(
      String scenario,
      ImportReport report,
      Head head,
      String intro,
      List<SetupFile> files,
      List<String> setup,
      List<ImportedStep> steps) {
    LessonWriter writer = new LessonWriter();
    writer.frontMatter(scenario, report, head);
    writer.intro(intro, files, setup);
    for (ImportedStep step : steps) {
      writer.step(step);
    }
    return writer.out.toString();
  }

  private void frontMatter(String scenario, ImportReport report, Head head) {
    out.append("---\n");
    comment("Imported from the Killercoda scenario " + scenario + " by docklab import killercoda.");
    comment("Check by hand what is listed under \"not mapped\" before you use the lesson.");
    for (ImportReport.Kind kind : List.of(ImportReport.Kind.NOT_MAPPED, ImportReport.Kind.MAPPED)) {
      List<ImportReport.Note> notes = report.notes(kind);
      if (!notes.isEmpty()) {
        comment(kind == ImportReport.Kind.MAPPED ? "mapped:" : "not mapped:");
        notes.forEach(note -> comment("  " + note));
      }
    }
    out.append("id: ").append(head.id()).append('\n');
    out.append("languages: [").append(head.language()).append("]\n");
    out.append("title: ").append(CheckYaml.scalar(head.title())).append('\n');
    out.append("summary: ").append(CheckYaml.scalar(head.summary())).append('\n');
    out.append("estimatedMinutes: ").append(head.minutes()).append('\n');
    if (!head.images().isEmpty() || !head.ports().isEmpty()) {
      out.append("requires:\n");
      if (head.recipes().isEmpty()) {
        list("images", head.images());
      } else {
        images(head);
      }
      list("ports", head.ports());
    }
    if (!head.containers().isEmpty()
        || !head.createdImages().isEmpty()
        || !head.networks().isEmpty()
        || !head.volumes().isEmpty()
        || !head.files().isEmpty()) {
      out.append("creates:\n");
      list("containers", head.containers());
      list("images", head.createdImages());
      list("networks", head.networks());
      list("volumes", head.volumes());
      list("files", head.files());
    }
    out.append("---\n\n");
  }

  /** The images as a block list: those docklab has an offline recipe for carry it. */
  private void images(Head head) {
    out.append("  images:\n");
    for (String image : head.images()) {
      ImageRecipe recipe = head.recipes().get(image);
      if (recipe == null) {
        out.append("    - ").append(CheckYaml.scalar(image)).append('\n');
        continue;
      }
      out.append("    - ref: ").append(CheckYaml.scalar(image)).append('\n');
      out.append("      offline:\n");
      out.append("        packages: ").append(CheckYaml.scalar(recipe.packages())).append('\n');
      out.append("        dockerfile: |\n");
      recipe
          .dockerfile()
          .strip()
          .lines()
          .forEach(line -> out.append("          ").append(line).append('\n'));
    }
  }

  private void list(String key, List<?> values) {
    if (!values.isEmpty()) {
      out.append("  ").append(key).append(": ").append(CheckYaml.scalar(values)).append('\n');
    }
  }

  private void comment(String text) {
    text.lines().forEach(line -> out.append("# ").append(line).append('\n'));
  }

  private void intro(String intro, List<SetupFile> files, List<String> setup) {
    if (!intro.isBlank()) {
      out.append(intro.strip()).append("\n\n");
    }
    for (SetupFile file : files) {
      String fence = fence(file.content());
      out.append(fence)
          .append("text file {path=")
          .append(attribute(file.path()))
          .append(" setup}\n")
          .append(file.content().endsWith("\n") ? file.content() : file.content() + "\n")
          .append(fence)
          .append("\n\n");
    }
    for (String script : setup) {
      block("sh command {setup}", script);
    }
  }

  private void step(ImportedStep step) {
    out.append("## ")
        .append(heading(step.title()))
        .append(" {#")
        .append(step.id())
        .append(step.checks().isEmpty() ? " advance=manual" : "")
        .append("}\n\n");
    for (String script : step.setup()) {
      block("sh command {setup}", script);
    }
    List<Piece> pieces = step.pieces();
    for (int i = 0; i < pieces.size(); i++) {
      Piece piece = pieces.get(i);
      if (piece instanceof Piece.Prose prose) {
        out.append(prose.markdown().strip()).append("\n\n");
      } else if (piece instanceof Piece.Command command) {
        boolean interruptedNext =
            i + 1 < pieces.size()
                && pieces.get(i + 1) instanceof Piece.Command next
                && next.interrupt();
        CommandMode mode = CommandMode.of(command.run(), interruptedNext);
        String attributes =
            (mode.attribute() + (step.fails(command.run()) ? " " + EXPECTED_FAILURE : "")).strip();
        block("sh command" + (attributes.isEmpty() ? "" : " {" + attributes + "}"), command.run());
        boolean inputNext = i + 1 < pieces.size() && pieces.get(i + 1) instanceof Piece.Input;
        if (mode == CommandMode.INTERACTIVE
            && CommandMode.opensShell(command.run())
            && !inputNext) {
          block("text input", "exit");
        }
      } else if (piece instanceof Piece.Input input) {
        block("text input", String.join("\n", input.lines()));
      } else if (piece instanceof Piece.Hint hint) {
        block("yaml hint", "|\n" + indent(hint.markdown()));
      } else if (piece instanceof Piece.Solution solution) {
        for (String command : solution.commands()) {
          block(
              "sh command {solution" + (step.fails(command) ? " " + EXPECTED_FAILURE : "") + "}",
              command);
        }
      }
    }
    if (step.checks().isEmpty()) {
      block(
          "yaml check",
          CheckYaml.kind("command")
              .put("run", "true")
              .put("exitCode", 0)
              .put("passesBefore", NO_VERIFY)
              .yaml());
    }
    for (CheckYaml check : step.checks()) {
      block("yaml check", check.yaml());
    }
  }

  private void block(String info, String content) {
    String fence = fence(content);
    out.append(fence).append(info).append('\n').append(content);
    out.append(content.endsWith("\n") ? "" : "\n").append(fence).append("\n\n");
  }

  /** A fence longer than any run of backquotes in the content. */
  private static String fence(String content) {
    int longest = 0;
    Matcher ticks = Pattern.compile("`+").matcher(content);
    while (ticks.find()) {
      longest = Math.max(longest, ticks.group().length());
    }
    return "`".repeat(Math.max(3, longest + 1));
  }

  private static String indent(String text) {
    StringBuilder out = new StringBuilder();
    text.strip()
        .lines()
        .forEach(line -> out.append(line.isBlank() ? "" : "  " + line).append('\n'));
    return out.toString();
  }

  private static String heading(String title) {
    return title.replace("{", "(").replace("}", ")").replace("\n", " ").strip();
  }

  private static String attribute(String value) {
    return value.matches("[\\w./-]+") ? value : "\"" + value.replace("\"", "\\\"") + "\"";
  }
}
