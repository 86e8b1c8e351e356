package io.docklab.repl;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;

/**
 * What a quick look at shell text tells, without running a shell: whether it ends in a backslash
 * that continues the line, whether a quote or a here-document is still open, and whether it is so
 * plain that nothing in it can span lines. A small lexer of quotes ({@code '…'}, {@code "…"},
 * {@code $'…'}, {@code `…`}), substitutions ({@code $(…)}, {@code ${…}}), comments and
 * here-documents ({@code <<WORD}, {@code <<'WORD'}, {@code <<-WORD} with its tabs); it knows
 * nothing of {@code if}/{@code for}/{@code case} and the like, which {@link CommandCompleteness}
 * leaves to bash.
 */
final class ShellText {
  /** Words that open or close a compound command, wherever they stand. */
  private static final Set<String> RESERVED =
      Set.of(
          "if",
          "then",
          "elif",
          "else",
          "fi",
          "for",
          "while",
          "until",
          "do",
          "done",
          "case",
          "esac",
          "select",
          "function",
          "[[",
          "]]");

  /** Characters that quote, group or substitute: a line without them cannot continue. */
  private static final String STRUCTURE = "'\"`\\(){}";

  private ShellText() {}

  /**
   * What the lexer found at the end of the text.
   *
   * @param continued it ends in a backslash that joins the next line to it (not in a comment)
   * @param open a quote, a substitution or a here-document is still waiting for its end
   */
  record Scan(boolean continued, boolean open) {}

  /** Scans {@code text} to its end. */
  static Scan scan(String text) {
    return new Lexer(text).run();
  }

  /**
   * True when {@code text} is one line without quotes, backslashes, brackets, braces, {@code <<},
   * reserved words or a trailing {@code |}, {@code &&} or {@code ||}: nothing in it can continue on
   * the next line, so it is complete as it stands. Most commands a learner types are so.
   */
  static boolean plain(String text) {
    if (text.indexOf('\n') >= 0 || text.contains("<<")) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      if (STRUCTURE.indexOf(text.charAt(i)) >= 0) {
        return false;
      }
    }
    String end = text.stripTrailing();
    if (end.endsWith("|") || end.endsWith("&&")) {
      return false;
    }
    for (String word : text.strip().split("[\\s;&|]+")) {
      if (RESERVED.contains(word)) {
        return false;
      }
    }
    return true;
  }

  private enum Context {
    CODE,
    DOUBLE_QUOTED,
    SUBSTITUTION,
    PARAMETER,
    BACKQUOTED
  }

  /** A here-document announced on the current line, its body still to come. */
  private record HereDocument(String delimiter, boolean stripTabs) {}

  /** One pass over the text, left to right. */
  private static final class Lexer {
    private final String text;
    private final Deque<Context> contexts = new ArrayDeque<>();
    private final Deque<int[]> parentheses = new ArrayDeque<>();
    private final List<HereDocument> pending = new ArrayList<>();
    private int at;
    private boolean continued;
    private boolean open;

    Lexer(String text) {
      this.text = text;
      contexts.push(Context.CODE);
    }

    Scan run() {
      while (at < text.length() && !open) {
        switch (contexts.peek()) {
          case CODE, SUBSTITUTION, BACKQUOTED -> code();
          case DOUBLE_QUOTED -> doubleQuoted();
          case PARAMETER -> parameter();
        }
      }
      boolean unfinished = open || contexts.size() > 1 || !pending.isEmpty();
      return new Scan(continued, unfinished);
    }

    private char next(int offset) {
      int index = at + offset;
      return index < text.length() ? text.charAt(index) : '\0';
    }

    /** Unquoted shell code: the top level, or inside {@code $(…)} or backquotes. */
    private void code() {
      char c = text.charAt(at);
      switch (c) {
        case '\\' -> escape();
        case '\'' -> singleQuoted(at + 1, false);
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

    private void doubleQuoted() {
      char c = text.charAt(at);
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

    private void parameter() {
      char c = text.charAt(at);
      switch (c) {
        case '\\' -> escape();
        case '\'' -> singleQuoted(at + 1, false);
        case '"' -> enter(Context.DOUBLE_QUOTED, 1);
        case '}' -> leave();
        case '$' -> dollar();
        default -> at++;
      }
    }

    /** A backslash: the next character is taken as it is; at the very end, the line continues. */
    private void escape() {
      if (at + 1 >= text.length()) {
        continued = true;
        at++;
      } else {
        at += 2;
      }
    }

    /** Skips a single-quoted string from {@code from}; {@code $'…'} knows backslashes. */
    private void singleQuoted(int from, boolean backslashes) {
      for (int i = from; i < text.length(); i++) {
        char c = text.charAt(i);
        if (backslashes && c == '\\') {
          if (i + 1 >= text.length()) {
            continued = true;
          }
          i++;
        } else if (c == '\'') {
          at = i + 1;
          return;
        }
      }
      at = text.length();
      open = true;
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
        singleQuoted(at + 2, true);
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

    /** {@code <<WORD} and {@code <<-WORD} announce a here-document; {@code <<<} does not. */
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
      String delimiter = delimiterWord();
      if (!delimiter.isEmpty()) {
        pending.add(new HereDocument(delimiter, stripTabs));
      }
    }

    /** The delimiter word after {@code <<}, its quotes removed as bash removes them. */
    private String delimiterWord() {
      StringBuilder word = new StringBuilder();
      while (at < text.length()) {
        char c = text.charAt(at);
        if (Character.isWhitespace(c) || ";|&<>()".indexOf(c) >= 0) {
          break;
        }
        if (c == '\'' || c == '"') {
          int close = text.indexOf(c, at + 1);
          if (close < 0) {
            at = text.length();
            open = true;
            break;
          }
          word.append(text, at + 1, close);
          at = close + 1;
        } else if (c == '\\' && at + 1 < text.length()) {
          word.append(text.charAt(at + 1));
          at += 2;
        } else {
          word.append(c);
          at++;
        }
      }
      return word.toString();
    }

    /** The end of a line of code: the bodies of the here-documents it announced follow. */
    private void newline() {
      at++;
      for (HereDocument document : List.copyOf(pending)) {
        if (!body(document)) {
          open = true;
          return;
        }
        pending.remove(0);
      }
    }

    /** Skips the body of {@code document}; false when its delimiter line has not come yet. */
    private boolean body(HereDocument document) {
      while (at < text.length()) {
        int end = text.indexOf('\n', at);
        String line = text.substring(at, end < 0 ? text.length() : end);
        at = end < 0 ? text.length() : end + 1;
        String compared = document.stripTabs() ? line.replaceFirst("^\t+", "") : line;
        if (compared.equals(document.delimiter())) {
          return true;
        }
      }
      return false;
    }
  }
}
