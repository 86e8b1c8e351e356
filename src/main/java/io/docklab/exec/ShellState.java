package io.docklab.exec;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What one shell carries from a command to the next: its working directory and the variables it
 * exported. Each command runs in a shell of its own; the state it ends in is noted on exit and set
 * again for the next one, as if one shell ran them all. One state serves the lab prompt, {@code
 * :run}, {@code :solve} and {@code docklab test} alike.
 *
 * <p>The exported variables are kept as {@code export -p} prints them, which every POSIX shell can
 * read back, in a file readable by the user only, removed when docklab ends. Reading it back only
 * sets variables: one unset by a command stays unset unless docklab's own environment has it, which
 * every command starts from.
 */
public final class ShellState {
  private final Workspace workspace;
  private Path directory;
  private Path exported;

  public ShellState(Workspace workspace) {
    this.workspace = workspace;
  }

  /** Where the next command starts: the workspace, or where the last one left off. */
  public synchronized Path directory() throws IOException {
    if (directory == null || !Files.isDirectory(directory)) {
      directory = workspace.directory();
    }
    return directory;
  }

  /** The workspace this shell starts in. */
  public Workspace workspace() {
    return workspace;
  }

  /** Starts afresh: in the workspace, with no variables exported (a lesson reset). */
  public synchronized void reset() throws IOException {
    directory = null;
    if (exported != null) {
      Files.writeString(exported, "");
    }
  }

  /**
   * Begins one command: {@link Command#script()} is the script for {@code shell -c} that sets the
   * state again, runs its first argument with {@code eval} and notes the state on exit (also when
   * the command calls {@code exit}); {@link Command#end()} takes the noted state over.
   *
   * @param before shell text run first (ending in {@code ;}), such as {@code stty} settings
   * @param redirection what follows {@code eval "$1"}, such as {@code < /dev/null}
   */
  public Command begin(String before, String redirection) throws IOException {
    Path start = directory();
    Path noted = Files.createTempFile("docklab-cwd-", ".txt");
    String variables = ShellQuoting.quote(exportedFile().toString());
    String script =
        before
            + " . "
            + variables
            + " 2>/dev/null; trap "
            + ShellQuoting.quote(
                "pwd -P > " + ShellQuoting.quote(noted.toString()) + "; export -p > " + variables)
            + " EXIT; eval \"$1\""
            + redirection;
    return new Command(start, script, noted);
  }

  /**
   * {@code commandLine} preceded by a line that sets the exported variables again, for commands
   * whose own end is not noted (a server, an interactive command): they start in {@link
   * #directory()} with what earlier commands exported.
   */
  public String restoring(String commandLine) throws IOException {
    return ". " + ShellQuoting.quote(exportedFile().toString()) + " 2>/dev/null\n" + commandLine;
  }

  private synchronized Path exportedFile() throws IOException {
    if (exported == null) {
      exported = Files.createTempFile("docklab-exported-", ".sh");
      exported.toFile().deleteOnExit();
    }
    return exported;
  }

  private synchronized void ended(Path noted, Path start) {
    directory = directoryAfter(noted, start);
  }

  /** One command that carries this state. */
  public final class Command {
    private final Path start;
    private final String script;
    private final Path noted;

    private Command(Path start, String script, Path noted) {
      this.start = start;
      this.script = script;
      this.noted = noted;
    }

    /** The directory the command starts in. */
    public Path start() {
      return start;
    }

    /** The script for {@code shell -c}; the command line is its first argument. */
    public String script() {
      return script;
    }

    /** The command has ended: its directory becomes the state's. */
    public void end() throws IOException {
      try {
        ended(noted, start);
      } finally {
        Files.deleteIfExists(noted);
      }
    }
  }

  private static Path directoryAfter(Path noted, Path otherwise) {
    try {
      String text = Files.readString(noted, StandardCharsets.UTF_8);
      text = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
      Path after = text.isEmpty() ? otherwise : Path.of(text);
      return Files.isDirectory(after) ? after : otherwise;
    } catch (IOException | RuntimeException unreadable) {
      return otherwise;
    }
  }
}
