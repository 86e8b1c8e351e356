package io.docklab.exec;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Follows, from left to right, where in a command line a position stands: in the command itself,
 * inside single or double quotes, or in the body of a here-document (whose delimiter was quoted or
 * not). Comments are skipped. Enough to know how a value must be written at that position.
 */
final class ShellLexer {
  /** Where a position stands. */
  enum Place {
    CODE,
    SINGLE_QUOTED,
    DOUBLE_QUOTED,
    /** The body of a here-document whose delimiter is not quoted: {@code $} and {@code `} work. */
    HERE_DOCUMENT,
    /** The body of a here-document whose delimiter is quoted: the text is taken as it is. */
    LITERAL_HERE_DOCUMENT
  }

  /** A here-document announced by {@code <<WORD}, {@code <<-WORD} or {@code <<'WORD'}. */
  private record HereDocument(String delimiter, boolean literal, boolean stripTabs) {}

  private final String text;
  private final Deque<HereDocument> announced = new ArrayDeque<>();
  private HereDocument body;
  private boolean lineStart;
  private char quote;
  private boolean escaped;
  private int at;
  private int substitutions;
  private boolean backquoted;

  ShellLexer(String text) {
    this.text = text;
  }

  /** Reads on up to {@code to}. */
  void readTo(int to) {
    while (at < to) {
      if (body != null) {
        bodyCharacter();
      } else {
        character();
      }
    }
  }

  /** Goes on at {@code to} without reading what lies before it (a value put in there). */
  void skipTo(int to) {
    at = Math.max(at, to);
    lineStart = false;
    escaped = false;
  }

  /** Where the position read up to stands. */
  Place place() {
    if (body != null) {
      return body.literal() ? Place.LITERAL_HERE_DOCUMENT : Place.HERE_DOCUMENT;
    }
    return switch (quote) {
      case '\'' -> Place.SINGLE_QUOTED;
      case '"' -> Place.DOUBLE_QUOTED;
      default -> Place.CODE;
    };
  }

  /**
   * True when the position is inside {@code $(…)}, {@code ${…}} or backquotes in the body of a
   * here-document: shell code again, in a place this lexer does not follow.
   */
  boolean inSubstitutionOfHereDocument() {
    return body != null && (substitutions > 0 || backquoted);
  }

  /** True when the last character read was a backslash that quotes the next one. */
  boolean escaped() {
    return escaped;
  }

  private void character() {
    char c = text.charAt(at);
    if (escaped) {
      escaped = false;
      at++;
    } else if (c == '\\' && quote != '\'') {
      escaped = true;
      at++;
    } else if (quote != 0) {
      if (c == quote) {
        quote = 0;
      }
      at++;
    } else if (c == '\'' || c == '"') {
      quote = c;
      at++;
    } else if (c == '#' && (at == 0 || Character.isWhitespace(text.charAt(at - 1)))) {
      int end = text.indexOf('\n', at);
      at = end < 0 ? text.length() : end;
    } else if (c == '<' && next(1) == '<' && next(2) != '<') {
      hereDocumentOperator();
    } else if (c == '<' && next(1) == '<') {
      at += 3; // <<< is a here-string, not a here-document.
    } else if (c == '\n') {
      at++;
      body = announced.poll();
      lineStart = true;
    } else {
      at++;
    }
  }

  private void bodyCharacter() {
    if (lineStart) {
      lineStart = false;
      int end = text.indexOf('\n', at);
      String line = text.substring(at, end < 0 ? text.length() : end);
      String compared = body.stripTabs() ? line.replaceFirst("^\t+", "") : line;
      if (compared.equals(body.delimiter())) {
        at = end < 0 ? text.length() : end + 1;
        body = announced.poll();
        lineStart = body != null;
        substitutions = 0;
        backquoted = false;
        return;
      }
    }
    char c = text.charAt(at);
    at++;
    if (escaped) {
      escaped = false;
    } else if (c == '\\' && !body.literal()) {
      escaped = true;
    } else if (c == '\n') {
      lineStart = true;
    } else if (!body.literal() && c == '$' && (next(0) == '(' || next(0) == '{')) {
      substitutions++;
      at++;
    } else if (!body.literal() && c == '`') {
      backquoted = !backquoted;
    } else if (substitutions > 0 && (c == ')' || c == '}')) {
      substitutions--;
    }
  }

  /** {@code <<}, an optional {@code -}, blanks, then the delimiter word. */
  private void hereDocumentOperator() {
    at += 2;
    boolean stripTabs = next(0) == '-';
    if (stripTabs) {
      at++;
    }
    while (next(0) == ' ' || next(0) == '\t') {
      at++;
    }
    StringBuilder word = new StringBuilder();
    boolean literal = false;
    while (at < text.length()) {
      char c = text.charAt(at);
      if (Character.isWhitespace(c) || ";|&<>()".indexOf(c) >= 0) {
        break;
      }
      if (c == '\'' || c == '"') {
        literal = true;
        int close = text.indexOf(c, at + 1);
        int stop = close < 0 ? text.length() : close;
        word.append(text, at + 1, stop);
        at = close < 0 ? text.length() : close + 1;
      } else if (c == '\\' && at + 1 < text.length()) {
        literal = true;
        word.append(text.charAt(at + 1));
        at += 2;
      } else {
        word.append(c);
        at++;
      }
    }
    if (word.length() > 0 && delimiterLineFollows(word.toString(), stripTabs)) {
      // Without its delimiter line it is no here-document docklab can be sure of (such as
      // $((1<<2))): the values after it are quoted as in the command itself.
      announced.add(new HereDocument(word.toString(), literal, stripTabs));
    }
  }

  private boolean delimiterLineFollows(String delimiter, boolean stripTabs) {
    int end = text.indexOf('\n', at);
    while (end >= 0) {
      int next = text.indexOf('\n', end + 1);
      String line = text.substring(end + 1, next < 0 ? text.length() : next);
      if ((stripTabs ? line.replaceFirst("^\t+", "") : line).equals(delimiter)) {
        return true;
      }
      end = next;
    }
    return false;
  }

  private char next(int offset) {
    int index = at + offset;
    return index < text.length() ? text.charAt(index) : '\0';
  }
}
