package io.docklab.repl;

import java.util.List;
import java.util.Optional;

/**
 * One of docklab's own commands at the lab prompt. They all start with {@code :} followed by a
 * letter (or {@code :?}), which no shell command does, so none of them hides a real command: any
 * other line goes to the learner's shell.
 *
 * @param argument what follows the command word, stripped; empty when nothing does
 */
record ReplCommand(Kind kind, String word, String argument) {
  /** What the command does, with the words that name it (the first is the one shown). */
  enum Kind {
    NEXT("next", "n"),
    BACK("back", "b"),
    CHECK("check", "c"),
    HINT("hint", "h"),
    SOLVE("solve"),
    RUN("run"),
    SHOW("show", "s"),
    RESET("reset"),
    STATUS("status"),
    SET("set"),
    LESSONS("lessons", "lesson", "l"),
    HELP("help", "?"),
    QUIT("quit", "q", "exit"),
    UNKNOWN();

    private final List<String> names;

    Kind(String... names) {
      this.names = List.of(names);
    }

    List<String> names() {
      return names;
    }

    /** The word shown in help and completion, with its colon. */
    String shown() {
      return ":" + names.get(0);
    }
  }

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
    String word = stripped.substring(1, space).toLowerCase(java.util.Locale.ROOT);
    String argument = stripped.substring(space).strip();
    for (Kind kind : Kind.values()) {
      if (kind.names.contains(word)) {
        return Optional.of(new ReplCommand(kind, word, argument));
      }
    }
    return Optional.of(new ReplCommand(Kind.UNKNOWN, word, argument));
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
