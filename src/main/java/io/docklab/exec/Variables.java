package io.docklab.exec;

import io.docklab.lesson.Lesson;
import io.docklab.lesson.Placeholders;
import io.docklab.lesson.Placeholders.Placeholder;
import io.docklab.lesson.Variable;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The values of a lesson's {@code {{variables}}}: the lesson's defaults, overridden by what the
 * learner chose. Commands get the values shell-quoted; checks, file contents and the texts people
 * read get them as text. Placeholders are found by {@link Placeholders}, the grammar the loader
 * checks lessons with.
 */
public final class Variables {
  public static final Variables NONE = new Variables(Map.of());

  /** What a secret value looks like in a report. */
  static final String MASK = "******";

  private final Map<String, String> values;
  private final Set<String> secrets;

  public Variables(Map<String, String> values) {
    this(values, Set.of());
  }

  private Variables(Map<String, String> values, Set<String> secrets) {
    this.values = Map.copyOf(values);
    this.secrets = Set.copyOf(secrets);
  }

  /** The lesson's defaults, with {@code chosen} values taking their place. */
  public static Variables of(Lesson lesson, Map<String, String> chosen) {
    Map<String, String> values = new LinkedHashMap<>();
    for (Variable variable : lesson.variables()) {
      values.put(variable.name(), variable.defaultValue() == null ? "" : variable.defaultValue());
    }
    values.putAll(chosen);
    Set<String> secrets =
        lesson.variables().stream()
            .filter(Variable::secret)
            .map(Variable::name)
            .collect(Collectors.toSet());
    return new Variables(values, secrets);
  }

  public static Variables defaults(Lesson lesson) {
    return of(lesson, Map.of());
  }

  public Map<String, String> values() {
    return values;
  }

  /**
   * These values with each secret one replaced by {@code ******}, for what is written down where
   * others may read it (the reports of {@code docklab test}).
   */
  public Variables masked() {
    if (secrets.isEmpty()) {
      return this;
    }
    Map<String, String> shown = new LinkedHashMap<>(values);
    secrets.forEach(name -> shown.replace(name, MASK));
    return new Variables(shown, Set.of());
  }

  /**
   * {@code template} with each {@code {{name}}} replaced by its value as it is, for checks, file
   * contents and anything else that no shell reads.
   *
   * @throws UnknownVariableException when a placeholder names no variable
   */
  public String text(String template) {
    if (template == null || template.indexOf("{{") < 0) {
      return template;
    }
    StringBuilder result = new StringBuilder();
    int copied = 0;
    for (Placeholder placeholder : Placeholders.in(template, values.keySet())) {
      if (!placeholder.known()) {
        throw new UnknownVariableException(placeholder.name(), values.keySet());
      }
      result.append(template, copied, placeholder.start()).append(values.get(placeholder.name()));
      copied = placeholder.end();
    }
    return result.append(template, copied, template.length()).toString();
  }

  /**
   * {@code template} as {@link #text}, or as written when it names a variable these values do not
   * have: for texts people read, which must never fail to show.
   */
  public String shown(String template) {
    try {
      return text(template);
    } catch (UnknownVariableException unknown) {
      return template;
    }
  }

  /**
   * {@code commandLine} with each {@code {{name}}} replaced by its shell-quoted value, so that no
   * value can inject shell syntax. This is both what runs and what is shown.
   *
   * @throws UnknownVariableException when a placeholder names no variable
   */
  public String command(String commandLine) {
    return ShellQuoting.substitute(commandLine, values);
  }

  /**
   * {@code commandLine} as {@link #command} makes it, for showing: what will run. When it cannot
   * run with these values (an unknown variable, a value refused where it stands), the command with
   * the values as text, since running it says what is wrong.
   */
  public String commandShown(String commandLine) {
    try {
      return command(commandLine);
    } catch (IllegalArgumentException cannot) {
      return shown(commandLine);
    }
  }
}
