package io.docklab.repl.feedback;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A mistyped {@code docker} ({@code dcoker ps}, {@code dokcer}, {@code docekr}): a first word one
 * or two keys away from {@code docker} that is no command on {@code PATH}. Found before the line
 * runs, so that the learner reads {@code did you mean docker?} instead of the shell's {@code
 * command not found}.
 */
public final class CommandTypo {
  private static final String DOCKER = "docker";
  private static final int MAX_EDITS = 2;

  private final Predicate<String> onPath;

  public CommandTypo(Predicate<String> onPath) {
    this.onPath = onPath;
  }

  /** Looks commands up on this process's {@code PATH}. */
  public static CommandTypo onThisPath() {
    String path = System.getenv().getOrDefault("PATH", "");
    List<String> directories = List.of(path.split(File.pathSeparator));
    return new CommandTypo(
        word ->
            directories.stream()
                .filter(directory -> !directory.isEmpty())
                .anyMatch(directory -> Files.isExecutable(Path.of(directory, word))));
  }

  /** The line as it was meant ({@code docker ps}), when its first word is a mistyped docker. */
  public Optional<String> corrected(String line) {
    String stripped = line.stripLeading();
    int end = 0;
    while (end < stripped.length() && !Character.isWhitespace(stripped.charAt(end))) {
      end++;
    }
    String word = stripped.substring(0, end);
    if (word.length() < 4
        || word.equals(DOCKER)
        || !word.chars().allMatch(Character::isLetter)
        || distance(word.toLowerCase(java.util.Locale.ROOT), DOCKER) > MAX_EDITS
        || onPath.test(word)) {
      return Optional.empty();
    }
    return Optional.of(DOCKER + stripped.substring(end));
  }

  /** Edits from {@code a} to {@code b}: insertions, deletions, changes, swaps of two neighbours. */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
