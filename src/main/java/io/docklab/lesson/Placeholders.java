package io.docklab.lesson;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one grammar of {@code {{name}}} placeholders, read the same way by the loader (which reports
 * unknown names) and by whatever puts values in (commands, files, checks, texts).
 *
 * <p>A placeholder is {@code {{}, optional spaces, a name ({@code [A-Za-z_][A-Za-z0-9_]*}),
 * optional spaces, {@code }}}. When the name is a declared variable it is that variable. Anything
 * else between double braces is not a placeholder and is left exactly as written: Go templates such
 * as {@code {{.State.Status}}}, {@code {{range .Mounts}}…{{end}}}, {@code {{- end}}} or {@code
 * {{json .}}}. A lone name that is not declared is a mistake ({@link Placeholder#known()} false),
 * unless it is a word of Go's templates or of docker's template functions ({@code {{end}}}, {@code
 * {{ else }}}), which is left as written.
 */
public final class Placeholders {
  private static final Pattern PLACEHOLDER =
      Pattern.compile("\\{\\{[ \\t]*([A-Za-z_][A-Za-z0-9_]*)[ \\t]*}}");

  /** Go's template actions and functions, and the functions docker adds to them. */
  private static final Set<String> TEMPLATE_WORDS =
      Set.of(
          "end",
          "else",
          "if",
          "range",
          "with",
          "define",
          "template",
          "block",
          "break",
          "continue",
          "nil",
          "and",
          "or",
          "not",
          "call",
          "html",
          "index",
          "slice",
          "js",
          "len",
          "print",
          "printf",
          "println",
          "urlquery",
          "eq",
          "ne",
          "lt",
          "le",
          "gt",
          "ge",
          "json",
          "join",
          "lower",
          "upper",
          "title",
          "split",
          "pad",
          "truncate",
          "table");

  private Placeholders() {}

  /**
   * One placeholder found in a text.
   *
   * @param name the variable it names
   * @param start where its {@code {{} starts in the text
   * @param end just after its {@code }}}
   * @param known whether the name is a declared variable (else it is an undeclared one)
   */
  public record Placeholder(String name, int start, int end, boolean known) {}

  /**
   * The placeholders of {@code text}, in order: the declared variables and the undeclared names; Go
   * template words that are not declared are left out, as they are left as written.
   */
  public static List<Placeholder> in(String text, Collection<String> declared) {
    List<Placeholder> found = new ArrayList<>();
    if (text == null || text.indexOf("{{") < 0) {
      return found;
    }
    Matcher matcher = PLACEHOLDER.matcher(text);
    while (matcher.find()) {
      String name = matcher.group(1);
      boolean known = declared.contains(name);
      if (known || !TEMPLATE_WORDS.contains(name)) {
        found.add(new Placeholder(name, matcher.start(), matcher.end(), known));
      }
    }
    return found;
  }
}
