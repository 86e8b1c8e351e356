package io.docklab.exec;

import io.docklab.lesson.Lesson;
import io.docklab.lesson.Variable;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;

/**
 * The values of a lesson's {@code {{variables}}}: the lesson's defaults, overridden by what the
 * learner chose. Commands get the values shell-quoted; checks and file contents get them as text.
 */
public final class Variables {
  public static final Variables NONE = new Variables(Map.of());

  private final Map<String, String> values;

  public Variables(Map<String, String> values) {
    this.values = Map.copyOf(values);
  }

  /** The lesson's defaults, with {@code chosen} values taking their place. */
  public static Variables of(Lesson lesson, Map<String, String> chosen) {
    Map<String, String> values = new LinkedHashMap<>();
    for (Variable variable : lesson.variables()) {
      values.put(variable.name(), variable.defaultValue() == null ? "" : variable.defaultValue());
    }
    values.putAll(chosen);
    return new Variables(values);
  }

  public static Variables defaults(Lesson lesson) {
    return of(lesson, Map.of());
  }

  public Map<String, String> values() {
    return values;
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
    Matcher placeholder = ShellQuoting.PLACEHOLDER.matcher(template);
    while (placeholder.find()) {
      String value = values.get(placeholder.group(1));
      if (value == null) {
        throw new UnknownVariableException(placeholder.group(1), values.keySet());
      }
      placeholder.appendReplacement(result, Matcher.quoteReplacement(value));
    }
    placeholder.appendTail(result);
    return result.toString();
  }

  /**
   * {@code commandLine} with each {@code {{name}}} replaced by its shell-quoted value, so that no
   * value can inject shell syntax.
   *
   * @throws UnknownVariableException when a placeholder names no variable
   */
  public String command(String commandLine) {
    return ShellQuoting.substitute(commandLine, values);
  }
}
