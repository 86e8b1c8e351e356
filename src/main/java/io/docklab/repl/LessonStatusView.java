package io.docklab.repl;

import io.docklab.exec.Variables;
import io.docklab.i18n.Messages;
import io.docklab.lesson.Lesson;
import io.docklab.lesson.Step;
import io.docklab.repl.render.Style;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code :status}: the lesson's steps, each done ({@code ✓}), current ({@code ▶}) or not yet, and
 * where the workspace and the progress file are.
 */
final class LessonStatusView {
  private final Style style;
  private final Locale locale;

  LessonStatusView(Style style, Locale locale) {
    this.style = style;
    this.locale = locale;
  }

  List<String> lines(
      Lesson lesson,
      Variables variables,
      Set<String> done,
      int current,
      String workspace,
      Path file) {
    List<String> lines = new ArrayList<>();
    List<Step> steps = lesson.steps();
    long count = steps.stream().filter(step -> done.contains(step.id())).count();
    lines.add(
        style.bold(
            Messages.get(
                "lab.status.lesson",
                variables.text(lesson.title().in(locale)),
                lesson.id(),
                count,
                steps.size())));
    for (int i = 0; i < steps.size(); i++) {
      Step step = steps.get(i);
      String mark = done.contains(step.id()) ? style.ok("✓") : i == current ? "▶" : "·";
      String line =
          String.format("  %s %2d  %s", mark, i + 1, variables.text(step.title().in(locale)));
      lines.add(i == current ? style.bold(line) : line);
    }
    lines.add(Messages.get("lab.status.workspace", workspace));
    lines.add(Messages.get("lab.status.progress", file));
    return lines;
  }
}
