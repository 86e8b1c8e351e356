package io.docklab.importer.killercoda;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A scenario that opens a container's shell ({@code docker run -it alpine sh}) goes on with
 * commands typed in that shell, up to an {@code exit}. Those are the interactive command's input,
 * not commands of the learner's machine: they become its {@code text input} (as written, since
 * their paths are the container's), and the text still shows them, in code blocks where the
 * scenario had no inline span for them. A shell that no {@code exit} of the step closes is left as
 * it was (the lesson types {@code exit} for it).
 */
final class InteractiveSessions {
  private static final Pattern EXIT = Pattern.compile("(?:exit(?:\\s+\\d+)?|logout)");

  private InteractiveSessions() {}

  /** The pieces of one step, each closed shell session's commands made its input. */
  static List<Piece> group(List<Piece> pieces, ImportReport report) {
    List<Piece> out = new ArrayList<>();
    for (int i = 0; i < pieces.size(); i++) {
      Piece piece = pieces.get(i);
      out.add(piece);
      if (!(piece instanceof Piece.Command command) || !opensShell(command)) {
        continue;
      }
      int end = exitAfter(pieces, i);
      if (end < 0) {
        continue;
      }
      List<String> lines = new ArrayList<>();
      List<Piece> shown = new ArrayList<>();
      java.util.Set<Integer> added = new java.util.HashSet<>();
      for (int j = i + 1; j <= end; j++) {
        Piece inner = pieces.get(j);
        if (inner instanceof Piece.Command typed) {
          String line = typed.original().strip();
          lines.add(line);
          if (!alreadyShown(shown, line)) {
            int last = shown.size() - 1;
            if (last >= 0 && added.contains(last)) { // the lines of one block stay one block
              String block = ((Piece.Prose) shown.get(last)).markdown();
              shown.set(
                  last, new Piece.Prose(block.substring(0, block.length() - 4) + line + "\n```\n"));
            } else {
              shown.add(new Piece.Prose("```sh\n" + line + "\n```\n"));
              added.add(shown.size() - 1);
            }
          }
        } else {
          shown.add(inner);
        }
      }
      out.add(new Piece.Input(lines));
      out.addAll(shown);
      report.mapped(
          command.where(),
          lines.size()
              + " command(s) after `"
              + command.run().lines().findFirst().orElse("")
              + "` are typed in its shell: its input, up to exit");
      i = end;
    }
    return out;
  }

  private static boolean opensShell(Piece.Command command) {
    return CommandMode.of(command.run(), false) == CommandMode.INTERACTIVE
        && CommandMode.opensShell(command.run());
  }

  /** The index of the exit that closes the shell opened at {@code at}, or -1. */
  private static int exitAfter(List<Piece> pieces, int at) {
    for (int j = at + 1; j < pieces.size(); j++) {
      Piece piece = pieces.get(j);
      if (piece instanceof Piece.Command command) {
        if (EXIT.matcher(command.original().strip()).matches()) {
          return j;
        }
        if (opensShell(command)) {
          return -1; // another shell before an exit: not a session this can follow
        }
      } else if (!(piece instanceof Piece.Prose)) {
        return -1;
      }
    }
    return -1;
  }

  /** True when the text just before already shows {@code line} (an inline {{exec}} span). */
  private static boolean alreadyShown(List<Piece> shown, String line) {
    for (int k = shown.size() - 1; k >= 0; k--) {
      if (shown.get(k) instanceof Piece.Prose prose) {
        String text = prose.markdown();
        return text.contains("`" + line + "`")
            || text.contains("`" + ShellRewrite.workspacePaths(line) + "`");
      }
    }
    return false;
  }
}
