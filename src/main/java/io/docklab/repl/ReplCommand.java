package io.docklab.repl;

import java.util.Locale;
import java.util.Optional;

/**
 * A line meant for docklab rather than the shell. docklab's own commands start with {@code :}
 * followed by a letter (or {@code :?}), which no shell command does, so none of them hides a real
 * command: any other line goes to the learner's shell. Which command the word names is for {@link
 * LabCommands} to say.
 *
 * @param word the command word, lower case, without its colon
 * @param argument what follows the command word, stripped; empty when nothing does
 */
record ReplCommand(String word, String argument) {

  /** The command {@code line} names, or empty when the line is for the shell. */
  static Optional<ReplCommand> parse(String line) {
    String stripped = line.strip();
    if (stripped.length() < 2 || stripped.charAt(0) != ':') {
      return Optional.empty();
    }
    char first = stripped.charAt(1);
    if (!Character.isLetter(first) && first != '?') {
      return Optional.empty(); // ":" alone and ": ..." are the shell's no-op command.
    }
    int space = indexOfSpace(stripped);
    String word = stripped.substring(1, space).toLowerCase(Locale.ROOT);
    return Optional.of(new ReplCommand(word, stripped.substring(space).strip()));
  }

  private static int indexOfSpace(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (Character.isWhitespace(text.charAt(i))) {
        return i;
      }
    }
    return text.length();
  }
}
