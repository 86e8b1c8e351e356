package io.docklab.exec;

import io.docklab.i18n.Messages;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts values into command lines for POSIX shells so that they stay one word of plain text: no
 * value can end a quote, start a command or expand anything.
 */
public final class ShellQuoting {
  static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([A-Za-z_][A-Za-z0-9_.-]*)\\s*}}");

  private ShellQuoting() {}

  /** {@code value} in single quotes, each {@code '} written as {@code '\''}. */
  public static String quote(String value) {
    if (value.indexOf('\0') >= 0) {
      throw new IllegalArgumentException(Messages.get("variable.nul"));
    }
    return "'" + value.replace("'", "'\\''") + "'";
  }

  /**
   * {@code template} with each {@code {{name}}} replaced by the quoted value of {@code name}. A
   * placeholder inside quotes of the template ({@code "Hi {{name}}"}) works too: the quote is
   * closed before the value and opened again after it.
   *
   * @throws UnknownVariableException when a placeholder names no variable
   */
  public static String substitute(String template, Map<String, String> variables) {
    StringBuilder result = new StringBuilder();
    QuoteTracker quotes = new QuoteTracker();
    Matcher placeholder = PLACEHOLDER.matcher(template);
    int copied = 0;
    while (placeholder.find()) {
      String name = placeholder.group(1);
      String value = variables.get(name);
      if (value == null) {
        throw new UnknownVariableException(name, variables.keySet());
      }
      quotes.read(template, copied, placeholder.start());
      if (quotes.escaped()) {
        throw new IllegalArgumentException(Messages.get("variable.afterBackslash", name));
      }
      result.append(template, copied, placeholder.start());
      char open = quotes.openQuote();
      String quoted = quote(value);
      result.append(open == 0 ? quoted : open + quoted + open);
      copied = placeholder.end();
    }
    return result.append(template.substring(copied)).toString();
  }

  /** Follows which quote is open in a command line read from left to right. */
  private static final class QuoteTracker {
    private char open;
    private boolean escaped;

    void read(String text, int from, int to) {
      for (int i = from; i < to; i++) {
        char c = text.charAt(i);
        if (escaped) {
          escaped = false;
        } else if (c == '\\' && open != '\'') {
          escaped = true;
        } else if (open == 0
            && c == '#'
            && (i == 0 || Character.isWhitespace(text.charAt(i - 1)))) {
          int endOfLine = text.indexOf('\n', i);
          i = endOfLine < 0 || endOfLine >= to ? to : endOfLine;
        } else if (open == 0 && (c == '\'' || c == '"')) {
          open = c;
        } else if (c == open) {
          open = 0;
        }
      }
    }

    /** True when the last character read was an unquoted or double-quoted backslash. */
    boolean escaped() {
      return escaped;
    }

    /** The open quote character, or 0 outside quotes. */
    char openQuote() {
      return open;
    }
  }
}
