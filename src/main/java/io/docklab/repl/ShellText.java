package io.docklab.repl;

import io.docklab.exec.ShellLexer;
import java.util.Set;

/**
 * What a quick look at shell text tells, without running a shell: whether it ends in a backslash
 * that continues the line, whether a quote or a here-document is still open, and whether it is so
 * plain that nothing in it can span lines. Quotes, substitutions, comments and here-documents are
 * {@link ShellLexer}'s to follow; what this class adds is about completeness only: the reserved
 * words of compound commands ({@code if}, {@code for}, {@code case}…), which it only notices and
 * {@link CommandCompleteness} leaves to bash, and the fast path for plain lines.
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
    ShellLexer lexer = new ShellLexer(text).readAll();
    return new Scan(lexer.continued(), lexer.unfinished());
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
}
