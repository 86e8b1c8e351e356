package io.docklab.repl;

import io.docklab.exec.Variables;
import io.docklab.i18n.Messages;
import io.docklab.lesson.Lesson;
import io.docklab.lesson.Variable;
import io.docklab.progress.Progress;
import io.docklab.repl.render.Style;
import io.docklab.repl.render.Wrap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@code :set}: the values of a lesson's {@code {{variables}}}, such as the registry to push to and
 * the account on it. {@code :set} lists them, {@code :set NAME VALUE} sets one, {@code :set NAME}
 * asks for it (without echo when it is secret). Values the learner chose are kept in the progress
 * for that lesson; secret ones only until docklab ends, never on disk.
 */
final class VariableSettings {
  /** How a secret value is shown. */
  static final String HIDDEN = "••••••";

  /** The narrowest column for what a variable is for, beside its name and value. */
  private static final int MIN_ABOUT_COLUMNS = 30;

  /** Asks the learner for a value; null when they gave up (Ctrl-C, Ctrl-D). */
  interface Asker {
    String ask(String question, boolean secret);
  }

  /** What a {@code :set} did: the line to show, and whether a value changed. */
  record Outcome(String message, boolean changed) {}

  private final Progress progress;
  private final Style style;
  private final Locale locale;
  private final Map<String, Map<String, String>> secrets = new HashMap<>();

  VariableSettings(Progress progress, Style style, Locale locale) {
    this.progress = progress;
    this.style = style;
    this.locale = locale;
  }

  /** The values for {@code lesson}: its defaults, then what the learner chose. */
  Variables values(Lesson lesson) {
    Map<String, String> chosen = new LinkedHashMap<>();
    for (Variable variable : lesson.variables()) {
      String value =
          variable.secret()
              ? secrets.getOrDefault(lesson.id(), Map.of()).get(variable.name())
              : progress.chosen(lesson.id()).get(variable.name());
      if (value != null) {
        chosen.put(variable.name(), value);
      }
    }
    return Variables.of(lesson, chosen);
  }

  /** The names {@code :set} takes for {@code lesson}, for completion. */
  static List<String> names(Lesson lesson) {
    return lesson.variables().stream().map(Variable::name).toList();
  }

  /**
   * The lesson's variables with their values and what each is for, one a variable, fitted to {@code
   * columns} (what each is for goes on in its own column); empty when there are none.
   */
  Optional<String> describe(Lesson lesson, int columns) {
    if (lesson.variables().isEmpty()) {
      return Optional.empty();
    }
    int width = names(lesson).stream().mapToInt(String::length).max().orElse(0);
    int valueWidth =
        lesson.variables().stream().mapToInt(each -> shown(lesson, each).length()).max().orElse(0);
    // What each is for starts after name and value; too narrow a column, and it goes below them.
    int aboutColumn = 2 + width + 2 + valueWidth + 2;
    boolean below = columns - aboutColumn < MIN_ABOUT_COLUMNS;
    String indent = " ".repeat(below ? 6 : aboutColumn);
    StringBuilder text = new StringBuilder(Messages.get("lab.variables.title", ":set NAME VALUE"));
    for (Variable variable : lesson.variables()) {
      String value = pad(shown(lesson, variable), valueWidth);
      String about = variable.prompt().in(locale);
      if (variable.secret()) {
        about = (about.isEmpty() ? "" : about + " ") + Messages.get("lab.variables.secret");
      }
      text.append("\n  ").append(style.code(pad(variable.name(), width))).append("  ");
      if (about.isEmpty()) {
        text.append(value.stripTrailing());
        continue;
      }
      text.append(below ? value.stripTrailing() + "\n" + indent : value + "  ");
      String[] lines = Wrap.lines(about, Math.max(columns - indent.length(), 20)).split("\n");
      for (int i = 0; i < lines.length; i++) {
        text.append(i == 0 ? "" : "\n" + indent).append(style.dim(lines[i]));
      }
    }
    return Optional.of(text.toString());
  }

  /**
   * Runs {@code :set ARGUMENT} for {@code lesson}: lists the variables (no argument), sets one
   * ({@code NAME VALUE}, the value being the rest of the line) or asks for one ({@code NAME}).
   */
  Outcome set(Lesson lesson, String argument, int columns, Asker asker) {
    if (lesson.variables().isEmpty()) {
      return new Outcome(Messages.get("lab.variables.none"), false);
    }
    if (argument.isBlank()) {
      return new Outcome(describe(lesson, columns).orElseThrow(), false);
    }
    String[] parts = argument.strip().split("\\s+", 2);
    Optional<Variable> found =
        lesson.variables().stream().filter(each -> each.name().equals(parts[0])).findFirst();
    if (found.isEmpty()) {
      return new Outcome(
          Messages.get("lab.variables.unknown", parts[0], String.join(", ", names(lesson))), false);
    }
    Variable variable = found.get();
    String value = parts.length > 1 ? parts[1].strip() : ask(lesson, variable, asker);
    if (value == null || value.isEmpty()) {
      return new Outcome(
          Messages.get("lab.variables.unchanged", variable.name(), shown(lesson, variable)), false);
    }
    keep(lesson, variable, value);
    return new Outcome(
        variable.secret()
            ? Messages.get("lab.variables.setSecret", variable.name())
            : Messages.get("lab.variables.set", variable.name(), value),
        true);
  }

  private String ask(Lesson lesson, Variable variable, Asker asker) {
    String about = variable.prompt().in(locale);
    String question =
        (about.isEmpty() ? variable.name() : about) + " [" + shown(lesson, variable) + "]: ";
    return asker.ask(question, variable.secret());
  }

  private String shown(Lesson lesson, Variable variable) {
    return variable.secret() ? HIDDEN : values(lesson).values().get(variable.name());
  }

  private void keep(Lesson lesson, Variable variable, String value) {
    boolean isDefault = value.equals(variable.defaultValue());
    if (variable.secret()) {
      Map<String, String> kept = secrets.computeIfAbsent(lesson.id(), id -> new HashMap<>());
      if (isDefault) {
        kept.remove(variable.name());
      } else {
        kept.put(variable.name(), value);
      }
    } else {
      progress.choose(lesson.id(), variable.name(), isDefault ? null : value);
    }
  }

  private static String pad(String text, int width) {
    return text + " ".repeat(Math.max(0, width - text.length()));
  }
}
