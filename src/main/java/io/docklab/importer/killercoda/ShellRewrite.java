package io.docklab.importer.killercoda;

import io.docklab.exec.ShellLexer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Shell text from a scenario made to fit docklab: {@code /root/…} (Killercoda's home, where the
 * learner works) becomes the lesson workspace where it names a host path, published ports are
 * published on the loopback address only, and a block of lines is cut into the commands a learner
 * types one by one.
 */
final class ShellRewrite {
  private static final Pattern MKDIR =
      Pattern.compile("(^|[;&|]\\s*|\\n\\s*)mkdir\\s+(?!-p\\b|--parents\\b)");
  private static final Pattern PUBLISH =
      Pattern.compile(
          "(?<=\\s)(-p|--publish)(\\s+|=)(\\d{1,5}(?:-\\d{1,5})?:\\d{1,5}(?:-\\d{1,5})?(?:/(?:tcp|udp))?)(?=\\s|$)");

  private ShellRewrite() {}

  /**
   * {@code text} with Killercoda's home as the workspace where it names the learner's machine:
   * {@code /root/x} as {@code x}, the host side of a bind mount as {@code $PWD/x}; paths inside a
   * container stay ({@link HostPaths}).
   */
  static String workspacePaths(String text) {
    return HostPaths.inShell(text);
  }

  /** {@code -p 8080:80} as {@code -p 127.0.0.1:8080:80}; ports with an address stay. */
  static String loopbackPorts(String text) {
    return PUBLISH.matcher(text).replaceAll("$1$2127.0.0.1:$3");
  }

  /** Both rewrites. */
  static String forDocklab(String text) {
    return forDocklab(text, 0);
  }

  /**
   * The rewrites, for a shell {@code depth} directories below the workspace; and {@code mkdir} as
   * {@code mkdir -p}, since a lesson's commands run again after a reset, a second {@code docklab
   * test} and on every visit of a setup (the directory is still there: not an error).
   */
  static String forDocklab(String text, int depth) {
    return MKDIR.matcher(loopbackPorts(HostPaths.inShell(text, depth))).replaceAll("$1mkdir -p ");
  }

  /** A command of a script and the line it starts on. */
  record Unit(String text, int line) {}

  /**
   * The lines of a script grouped as the shell reads them: a line that a backslash continues, or
   * whose quote or here-document is still open, goes on with the next. Blank lines are left out.
   */
  static List<Unit> units(String script) {
    List<Unit> units = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    int start = 0;
    String[] lines = script.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (current.isEmpty()) {
        if (lines[i].isBlank()) {
          continue;
        }
        start = i + 1;
      } else {
        current.append('\n');
      }
      current.append(lines[i]);
      ShellLexer lexer = new ShellLexer(current.toString()).readAll();
      if (!lexer.continued() && !lexer.unfinished()) {
        units.add(new Unit(current.toString(), start));
        current.setLength(0);
      }
    }
    if (!current.toString().isBlank()) {
      units.add(new Unit(current.toString(), start));
    }
    return units;
  }

  /**
   * The lines of a block as commands: a line that a backslash continues, or whose quote or
   * here-document is still open, goes on with the next. Blank lines and comments are left out.
   */
  static List<String> commands(String block) {
    List<String> commands = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : block.split("\n", -1)) {
      if (current.isEmpty() && (line.isBlank() || line.strip().startsWith("#"))) {
        continue;
      }
      if (!current.isEmpty()) {
        current.append('\n');
      }
      current.append(line);
      ShellLexer lexer = new ShellLexer(current.toString()).readAll();
      if (!lexer.continued() && !lexer.unfinished()) {
        commands.add(current.toString().strip());
        current.setLength(0);
      }
    }
    if (!current.toString().isBlank()) {
      commands.add(current.toString().strip());
    }
    return commands;
  }

  /**
   * The simple commands of a command line: split at {@code ;}, {@code &&}, {@code ||}, {@code |}
   * and line ends that stand in code (not in quotes or here-documents).
   */
  static List<String> simpleCommands(String line) {
    List<String> parts = new ArrayList<>();
    ShellLexer lexer = new ShellLexer(line);
    int start = 0;
    for (int i = 0; i < line.length(); i++) {
      lexer.readTo(i);
      char c = line.charAt(i);
      if ((c == ';' || c == '|' || c == '&' || c == '\n')
          && lexer.place() == ShellLexer.Place.CODE
          && !lexer.escaped()) {
        add(parts, line.substring(start, i));
        start = i + 1;
      }
    }
    add(parts, line.substring(start));
    return parts;
  }

  private static void add(List<String> parts, String part) {
    String strip = part.strip();
    if (!strip.isEmpty()) {
      parts.add(strip);
    }
  }
}
