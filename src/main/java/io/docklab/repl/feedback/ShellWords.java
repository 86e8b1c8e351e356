package io.docklab.repl.feedback;

import java.util.ArrayList;
import java.util.List;

/**
 * The words of a simple command line as a shell splits them: blanks separate, quotes and
 * backslashes keep together and are removed, a backslash-newline joins lines. Words after the first
 * {@code ;}, {@code |} or {@code &} are not the command's and are left out.
 */
final class ShellWords {
  private ShellWords() {}

  static List<String> split(String line) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    boolean inWord = false;
    char quote = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        } else if (c == '\\' && quote == '"' && i + 1 < line.length()) {
          word.append(line.charAt(++i));
        } else {
          word.append(c);
        }
        continue;
      }
      if (c == '\\' && i + 1 < line.length()) {
        char next = line.charAt(++i);
        if (next != '\n') {
          word.append(next);
          inWord = true;
        }
      } else if (c == '\'' || c == '"') {
        quote = c;
        inWord = true;
      } else if (Character.isWhitespace(c)) {
        if (inWord) {
          words.add(word.toString());
          word.setLength(0);
          inWord = false;
        }
      } else if (c == ';' || c == '|' || c == '&') {
        break;
      } else {
        word.append(c);
        inWord = true;
      }
    }
    if (inWord) {
      words.add(word.toString());
    }
    return words;
  }
}
