package io.docklab.exec;

import io.docklab.i18n.Messages;
import io.docklab.lesson.Placeholders;
import io.docklab.lesson.Placeholders.Placeholder;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Puts values into command lines for POSIX shells so that they stay plain text: no value can end a
 * quote, start a command, expand anything or end a here-document.
 */
public final class ShellQuoting {
  /** A value no shell reads specially anywhere: no quotes, blanks, {@code $}, globs or tildes. */
  private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_@%+=:,./-]+");

  private ShellQuoting() {}

  /** {@code value} in single quotes, each {@code '} written as {@code '\''}. */
  public static String quote(String value) {
    refuseNul(value);
    return "'" + value.replace("'", "'\\''") + "'";
  }

  /**
   * {@code template} with each {@code {{name}}} (as {@link Placeholders} reads them) replaced by
   * the value of {@code name}, as the place it stands in needs:
   *
   * <ul>
   *   <li>a value made of letters, digits and {@code _@%+=:,./-} only, as it is: no shell reads any
   *       of them specially, so the command shown is the command as the lesson wrote it;
   *   <li>in the command itself, the value single-quoted; inside quotes of the template ({@code "Hi
   *       {{name}}"}, {@code $'…'}) the quote is closed before the value and opened again after it;
   *   <li>in the body of a here-document whose delimiter is not quoted ({@code <<EOF}), the value
   *       with {@code \}, {@code $} and {@code `} escaped, so that the file gets the value itself;
   *   <li>in the body of a here-document whose delimiter is quoted ({@code <<'EOF'}), the value as
   *       it is.
   * </ul>
   *
   * A value of several lines is refused in a here-document, where one of its lines could end it.
   *
   * @throws UnknownVariableException when a placeholder names no variable
   */
  public static String substitute(String template, Map<String, String> variables) {
    StringBuilder result = new StringBuilder();
    ShellLexer lexer = new ShellLexer(template);
    int copied = 0;
    for (Placeholder placeholder : Placeholders.in(template, variables.keySet())) {
      String name = placeholder.name();
      if (!placeholder.known()) {
        throw new UnknownVariableException(name, variables.keySet());
      }
      lexer.readTo(placeholder.start());
      if (lexer.escaped()) {
        throw new IllegalArgumentException(Messages.get("variable.afterBackslash", name));
      }
      if (lexer.inSubstitutionOfHereDocument()) {
        throw new IllegalArgumentException(Messages.get("variable.inHereDocumentCode", name));
      }
      result.append(template, copied, placeholder.start());
      result.append(inPlace(lexer.place(), name, variables.get(name)));
      lexer.skipTo(placeholder.end());
      copied = placeholder.end();
    }
    return result.append(template.substring(copied)).toString();
  }

  private static String inPlace(ShellLexer.Place place, String name, String value) {
    if (PLAIN.matcher(value).matches()) {
      return value; // Nothing in it that any shell reads specially: shown and run as it is.
    }
    return switch (place) {
      case CODE -> quote(value);
      case SINGLE_QUOTED -> "'" + quote(value) + "'";
      case ANSI_C_QUOTED -> "'" + quote(value) + "$'";
      case DOUBLE_QUOTED -> "\"" + quote(value) + "\"";
      case HERE_DOCUMENT -> inHereDocument(name, value).replaceAll("([\\\\$`])", "\\\\$1");
      case LITERAL_HERE_DOCUMENT -> inHereDocument(name, value);
    };
  }

  private static String inHereDocument(String name, String value) {
    refuseNul(value);
    if (value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
      throw new IllegalArgumentException(Messages.get("variable.linesInHereDocument", name));
    }
    return value;
  }

  private static void refuseNul(String value) {
    if (value.indexOf('\0') >= 0) {
      throw new IllegalArgumentException(Messages.get("variable.nul"));
    }
  }
}
