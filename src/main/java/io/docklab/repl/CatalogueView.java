package io.docklab.repl;

import io.docklab.i18n.Messages;
import io.docklab.lesson.Lesson;
import io.docklab.progress.Progress;
import io.docklab.repl.render.MarkdownRenderer;
import io.docklab.repl.render.ProgressBar;
import io.docklab.repl.render.Style;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The catalogue as a numbered list with each lesson's progress, and the learner's choice from it: a
 * number or a lesson id.
 */
final class CatalogueView {
  private static final int BAR_CELLS = 8;

  private final List<Lesson> lessons;
  private final Style style;
  private final Locale locale;

  CatalogueView(List<Lesson> lessons, Style style, Locale locale) {
    this.lessons = List.copyOf(lessons);
    this.style = style;
    this.locale = locale;
  }

  /**
   * The numbered list, one lesson in three lines: number, id, steps done, bar and time; title;
   * summary, wrapped to the terminal's width.
   */
  String render(Progress progress, int width) {
    StringBuilder out = new StringBuilder();
    out.append('\n').append(style.bold(Messages.get("lab.catalogue.title"))).append("\n\n");
    int idWidth = lessons.stream().mapToInt(lesson -> lesson.id().length()).max().orElse(0);
    int numberWidth = Integer.toString(lessons.size()).length();
    String indent = " ".repeat(numberWidth + 4);
    MarkdownRenderer summaries = new MarkdownRenderer(width - indent.length(), false);
    for (int i = 0; i < lessons.size(); i++) {
      Lesson lesson = lessons.get(i);
      int total = lesson.steps().size();
      Set<String> doneIds = progress.done(lesson.id());
      int done = (int) lesson.steps().stream().filter(step -> doneIds.contains(step.id())).count();
      String bar = ProgressBar.bar(done, total, BAR_CELLS);
      out.append(String.format("  %" + numberWidth + "d  ", i + 1))
          .append(style.bold(String.format("%-" + idWidth + "s", lesson.id())))
          .append(String.format("  %2d/%-2d ", done, total))
          .append(done == total ? style.ok(bar) : bar)
          .append("  ")
          .append(Messages.get("lab.catalogue.minutes", lesson.estimatedMinutes()))
          .append('\n');
      out.append(indent).append(lesson.title().in(locale)).append('\n');
      for (String line : summaries.render(lesson.summary().in(locale)).split("\n")) {
        out.append(indent).append(style.dim(line)).append('\n');
      }
    }
    out.append('\n').append(Messages.get("lab.catalogue.pick"));
    return out.toString();
  }

  /** The lesson {@code answer} names: its number in the list or its id. */
  Optional<Lesson> choose(String answer) {
    String wanted = answer.strip();
    try {
      int number = Integer.parseInt(wanted);
      return number >= 1 && number <= lessons.size()
          ? Optional.of(lessons.get(number - 1))
          : Optional.empty();
    } catch (NumberFormatException notANumber) {
      return lessons.stream().filter(lesson -> lesson.id().equals(wanted)).findFirst();
    }
  }

  List<Lesson> lessons() {
    return lessons;
  }
}
