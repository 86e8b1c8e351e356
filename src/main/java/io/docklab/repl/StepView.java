package io.docklab.repl;

import io.docklab.exec.Variables;
import io.docklab.i18n.Messages;
import io.docklab.lesson.Action;
import io.docklab.lesson.CommandAction;
import io.docklab.lesson.FileAction;
import io.docklab.lesson.Lesson;
import io.docklab.lesson.Step;
import io.docklab.repl.render.MarkdownRenderer;
import io.docklab.repl.render.StepHeader;
import io.docklab.repl.render.Style;
import io.docklab.repl.render.Wrap;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A step as the learner sees it: {@code Step 3/13 ███░░░ Title}, the text laid out for the
 * terminal's width, the files to create and the commands to type.
 */
final class StepView {
  private final Style style;
  private final int width;
  private final Locale locale;

  StepView(Style style, int width, Locale locale) {
    this.style = style;
    this.width = width;
    this.locale = locale;
  }

  /**
   * The header line: {@code Step 3/13 ███░░░ Title}, with a ✓ when the step is done; the title with
   * the lesson's values.
   */
  String header(Lesson lesson, int index, Set<String> done, Variables variables) {
    Step step = lesson.steps().get(index);
    boolean isDone = done.contains(step.id());
    String line =
        new StepHeader(width - (isDone ? 2 : 0), style.colour())
            .line(index + 1, lesson.steps().size(), variables.text(step.title().in(locale)));
    return isDone ? line + " " + style.ok("✓") : line;
  }

  /** The whole step, ready to print (no trailing newline). */
  String render(Lesson lesson, int index, Set<String> done, Variables variables, String workspace) {
    Step step = lesson.steps().get(index);
    StringBuilder out = new StringBuilder();
    out.append('\n').append(header(lesson, index, done, variables)).append("\n\n");
    out.append(
        new MarkdownRenderer(width, style.colour())
            .render(variables.shown(step.text().in(locale))));
    out.append('\n');
    List<FileAction> files = files(step.actions());
    for (FileAction file : files) {
      out.append('\n')
          .append(
              Messages.get(
                  "lab.step.file",
                  style.code(variables.text(file.path())),
                  workspace,
                  style.command("cat > " + variables.text(file.path()) + " <<'EOF'")))
          .append('\n');
      out.append(block(variables.text(file.content().in(locale))));
    }
    List<CommandAction> commands = commands(step.actions());
    if (!commands.isEmpty()) {
      out.append('\n').append(Messages.get("lab.step.commands")).append('\n');
      for (CommandAction command : commands) {
        out.append("  ")
            .append(style.code("$ " + variables.commandShown(command.run())))
            .append('\n');
      }
    }
    out.append('\n').append(style.dim(Messages.get("lab.step.keys")));
    return Wrap.lines(out.toString(), width);
  }

  /** A lesson's introduction, laid out, with the lesson's values. */
  String intro(Lesson lesson, Variables variables) {
    String title = style.bold(variables.text(lesson.title().in(locale)));
    String intro = variables.shown(lesson.intro().in(locale));
    return "\n" + title + "\n\n" + new MarkdownRenderer(width, style.colour()).render(intro);
  }

  /** A file's content or a command list set apart by indentation. */
  String block(String content) {
    StringBuilder out = new StringBuilder();
    String trimmed = content.endsWith("\n") ? content.substring(0, content.length() - 1) : content;
    for (String line : trimmed.split("\n", -1)) {
      out.append("    ").append(style.code(line)).append('\n');
    }
    return out.toString();
  }

  static List<FileAction> files(List<Action> actions) {
    return actions.stream()
        .filter(FileAction.class::isInstance)
        .map(FileAction.class::cast)
        .toList();
  }

  static List<CommandAction> commands(List<Action> actions) {
    return actions.stream()
        .filter(CommandAction.class::isInstance)
        .map(CommandAction.class::cast)
        .toList();
  }
}
