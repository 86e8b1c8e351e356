package io.docklab.repl;

import io.docklab.i18n.Messages;
import io.docklab.lesson.Lesson;
import io.docklab.progress.Progress;
import io.docklab.repl.render.ProgressBar;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

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

  /** The numbered list, one lesson on two lines: number, id, steps done, bar, title; summary. */
  String render(Progress progress) {
    StringBuilder out = new StringBuilder();
    out.append('\n').append(style.bold(Messages.get("lab.catalogue.title"))).append("\n\n");
    int idWidth = lessons.stream().mapToInt(lesson -> lesson.id().length()).max().orElse(0);
    int numberWidth = Integer.toString(lessons.size()).length();
    for (int i = 0; i < lessons.size(); i++) {
      Lesson lesson = lessons.get(i);
      int total = lesson.steps().size();
      int done =
          (int)
              lesson.steps().stream()
                  .filter(step -> progress.done(lesson.id()).contains(step.id()))
                  .count();
      String counts = String.format("%2d/%-2d", done, total);
      out.append(String.format("  %" + numberWidth + "d  ", i + 1))
          .append(style.bold(String.format("%-" + idWidth + "s", lesson.id())))
          .append("  ")
          .append(counts)
          .append(' ')
          .append(
              done == total
                  ? style.ok(ProgressBar.bar(done, total, BAR_CELLS))
                  : ProgressBar.bar(done, total, BAR_CELLS))
          .append("  ")
          .append(lesson.title().in(locale))
          .append(Messages.get("lab.catalogue.minutes", lesson.estimatedMinutes()))
          .append('\n');
      String indent = " ".repeat(numberWidth + 4);
      out.append(indent).append(style.dim(lesson.summary().in(locale))).append('\n');
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
