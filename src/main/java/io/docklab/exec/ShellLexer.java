package io.docklab.exec;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * docklab's one look at shell text without running a shell: follows it from left to right through
 * quotes ({@code '…'}, {@code "…"}, {@code $'…'}, {@code `…`}), substitutions ({@code $(…)}, {@code
 * ${…}}), comments and here-documents ({@code <<WORD}, {@code <<'WORD'}, {@code <<"WORD"}, {@code
 * <<-WORD} with its tabs; not the here-string {@code <<<}) and their bodies.
 *
 * <p>It tells where a position stands ({@link #place}), which is what {@link ShellQuoting} needs to
 * write a value there, and what is left open at the end of the text ({@link #continued}, {@link
 * #unfinished}), which is what the lab prompt needs to know whether a command goes on at the next
 * line. It knows nothing of {@code if}/{@code for}/{@code case} and the like.
 */
public final class ShellLexer {
  /** Where a position stands. */
  public enum Place {
    CODE,
    SINGLE_QUOTED,
    /** Inside {@code $'…'}, where backslashes escape. */
    ANSI_C_QUOTED,
    DOUBLE_QUOTED,
    /** The body of a here-document whose delimiter is not quoted: {@code $} and {@code `} work. */
    HERE_DOCUMENT,
    /** The body of a here-document whose delimiter is quoted: the text is taken as it is. */
    LITERAL_HERE_DOCUMENT
  }

  private enum Context {
    CODE,
    SINGLE_QUOTED,
    ANSI_C_QUOTED,
    DOUBLE_QUOTED,
    SUBSTITUTION,
    PARAMETER,
    BACKQUOTED
  }

  /** A here-document announced by its operator, its body still to come. */
  private record HereDocument(String delimiter, boolean literal, boolean stripTabs) {}

  private final String text;
  private final Deque<Context> contexts = new ArrayDeque<>();
  private final Deque<int[]> parentheses = new ArrayDeque<>();
  private final Deque<HereDocument> announced = new ArrayDeque<>();
  private HereDocument body;
  private boolean lineStart;
  private boolean escaped;
  private boolean bodyMissing;
  private int at;
  private int substitutions;
  private boolean backquoted;

  public ShellLexer(String text) {
    this.text = text;
    contexts.push(Context.CODE);
  }

  /** Reads on up to {@code to}. */
  public void readTo(int to) {
    int end = Math.min(to, text.length());
    while (at < end) {
      if (body != null) {
        bodyCharacter();
      } else {
        character();
      }
    }
  }

  /** Reads the whole text. */
  public ShellLexer readAll() {
    readTo(text.length());
    return this;
  }

  /** Goes on at {@code to} without reading what lies before it (a value put in there). */
  public void skipTo(int to) {
    at = Math.max(at, to);
    lineStart = false;
    escaped = false;
  }

  /** Where the position read up to stands. */
  public Place place() {
    if (body != null) {
      return body.literal() ? Place.LITERAL_HERE_DOCUMENT : Place.HERE_DOCUMENT;
    }
    return switch (contexts.peek()) {
      case SINGLE_QUOTED -> Place.SINGLE_QUOTED;
      case ANSI_C_QUOTED -> Place.ANSI_C_QUOTED;
      case DOUBLE_QUOTED -> Place.DOUBLE_QUOTED;
      default -> Place.CODE;
    };
  }

  /**
   * True when the position is inside {@code $(…)}, {@code ${…}} or backquotes in the body of a
   * here-document: shell code again, in a place this lexer does not follow.
   */
  public boolean inSubstitutionOfHereDocument() {
    return body != null && (substitutions > 0 || backquoted);
  }

  /** True when the last character read was a backslash that quotes the next one. */
  public boolean escaped() {
    return escaped;
  }

  /**
   * True when the text read ends in a backslash that joins the next line to it: not in a comment,
   * single quotes or the body of a here-document (nor after the line of a here-document whose body
   * has not come yet, whose lines those are).
   */
  public boolean continued() {
    return escaped && body == null && !bodyMissing && at >= text.length();
  }

  /** True when a quote, a substitution or a here-document is still waiting for its end. */
  public boolean unfinished() {
    return contexts.size() > 1 || body != null || !announced.isEmpty() || bodyMissing;
  }

  private char next(int offset) {
    int index = at + offset;
    return index < text.length() ? text.charAt(index) : '\0';
  }

  /** One character (or operator, or comment) outside here-document bodies. */
  private void character() {
    if (escaped) {
      escaped = false;
      at++;
      return;
    }
    char c = text.charAt(at);
    switch (contexts.peek()) {
      case CODE, SUBSTITUTION, BACKQUOTED -> code(c);
      case SINGLE_QUOTED -> closeOn('\'', c);
      case ANSI_C_QUOTED -> {
        if (c == '\\') {
          escape();
        } else {
          closeOn('\'', c);
        }
      }
      case DOUBLE_QUOTED -> doubleQuoted(c);
      case PARAMETER -> parameter(c);
    }
  }

  /** Unquoted shell code: the top level, or inside {@code $(…)} or backquotes. */
  private void code(char c) {
    switch (c) {
      case '\\' -> escape();
      case '\'' -> enter(Context.SINGLE_QUOTED, 1);
      case '"' -> enter(Context.DOUBLE_QUOTED, 1);
      case '`' -> backquote();
      case '$' -> dollar();
      case '#' -> comment();
      case '<' -> redirection();
      case '(' -> parenthesis(1);
      case ')' -> parenthesis(-1);
      case '\n' -> newline();
      default -> at++;
    }
  }

  private void doubleQuoted(char c) {
    switch (c) {
      case '\\' -> escape();
      case '"' -> leave();
      case '`' -> backquote();
      case '$' -> {
        if (next(1) == '(' || next(1) == '{') {
          dollar();
        } else {
          at++;
        }
      }
      default -> at++;
    }
  }

  private void parameter(char c) {
    switch (c) {
      case '\\' -> escape();
      case '\'' -> enter(Context.SINGLE_QUOTED, 1);
      case '"' -> enter(Context.DOUBLE_QUOTED, 1);
      case '}' -> leave();
      case '$' -> dollar();
      default -> at++;
    }
  }

  private void closeOn(char quote, char c) {
    if (c == quote) {
      leave();
    } else {
      at++;
    }
  }

  /** A backslash: the next character is taken as it is. */
  private void escape() {
    escaped = true;
    at++;
  }

  private void backquote() {
    if (contexts.peek() == Context.BACKQUOTED) {
      leave();
    } else {
      enter(Context.BACKQUOTED, 1);
    }
  }

  private void dollar() {
    char following = next(1);
    if (following == '(') {
      enter(Context.SUBSTITUTION, 2);
      parentheses.push(new int[] {1});
    } else if (following == '{') {
      enter(Context.PARAMETER, 2);
    } else if (following == '\'' && contexts.peek() != Context.DOUBLE_QUOTED) {
      enter(Context.ANSI_C_QUOTED, 2);
    } else {
      at++;
    }
  }

  private void parenthesis(int change) {
    at++;
    if (contexts.peek() != Context.SUBSTITUTION) {
      return;
    }
    int[] depth = parentheses.peek();
    depth[0] += change;
    if (depth[0] == 0) {
      parentheses.pop();
      contexts.pop();
    }
  }

  private void enter(Context context, int length) {
    contexts.push(context);
    at += length;
  }

  private void leave() {
    if (contexts.size() > 1) {
      contexts.pop();
    }
    at++;
  }

  /** A {@code #} that starts a word starts a comment, to the end of the line. */
  private void comment() {
    char before = at == 0 ? ' ' : text.charAt(at - 1);
    if (!Character.isWhitespace(before) && ";|&()<>".indexOf(before) < 0) {
      at++;
      return;
    }
    int end = text.indexOf('\n', at);
    at = end < 0 ? text.length() : end;
  }

  /** The end of a line of code: the bodies of the here-documents it announced follow. */
  private void newline() {
    at++;
    body = announced.poll();
    lineStart = body != null;
  }

  /** {@code <<}, an optional {@code -}, blanks, then the delimiter word; {@code <<<} is none. */
  private void redirection() {
    if (next(1) != '<' || next(2) == '<') {
      at += next(1) == '<' ? 3 : 1;
      return;
    }
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
    if (word.length() == 0) {
      return;
    }
    if (delimiterLineFollows(word.toString(), stripTabs)) {
      announced.add(new HereDocument(word.toString(), literal, stripTabs));
    } else {
      // Not (yet) a here-document docklab can be sure of, such as $((1<<2)): what follows is read
      // as code, and the text is unfinished.
      bodyMissing = true;
    }
  }

  private boolean delimiterLineFollows(String delimiter, boolean stripTabs) {
    int end = text.indexOf('\n', at);
    while (end >= 0) {
      int next = text.indexOf('\n', end + 1);
      String line = text.substring(end + 1, next < 0 ? text.length() : next);
      if (isDelimiter(line, delimiter, stripTabs)) {
        return true;
      }
      end = next;
    }
    return false;
  }

  private static boolean isDelimiter(String line, String delimiter, boolean stripTabs) {
    int from = 0;
    if (stripTabs) {
      while (from < line.length() && line.charAt(from) == '\t') {
        from++;
      }
    }
    return line.length() - from == delimiter.length() && line.startsWith(delimiter, from);
  }

  /** One character of a here-document body; at the start of a line, maybe its delimiter line. */
  private void bodyCharacter() {
    if (lineStart) {
      lineStart = false;
      int end = text.indexOf('\n', at);
      String line = text.substring(at, end < 0 ? text.length() : end);
      if (isDelimiter(line, body.delimiter(), body.stripTabs())) {
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
}
