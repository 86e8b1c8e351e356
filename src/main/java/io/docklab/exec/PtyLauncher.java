package io.docklab.exec;

import com.pty4j.PtyProcessBuilder;
import io.docklab.util.DataDirectory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Starts programs on a new pseudo-terminal (pty4j), which makes them leaders of a new session: they
 * see a terminal, so they keep their colours, and {@code docker run -ti} works.
 */
public final class PtyLauncher implements ProcessLauncher {
  private static final String DEFAULT_TERM = "xterm-256color";

  /** Where pty4j copies its native library to; by default a new directory under /tmp. */
  private static final String NATIVE_FOLDER = "pty4j.tmpdir";

  static {
    keepNativeLibraryInDataDirectory();
  }

  private final int columns;
  private final int rows;

  public PtyLauncher(int columns, int rows) {
    this.columns = columns;
    this.rows = rows;
  }

  /** A pseudo-terminal as large as {@code $COLUMNS} × {@code $LINES}, else 80 × 24. */
  public static PtyLauncher sizedFromEnvironment() {
    return new PtyLauncher(number("COLUMNS", 80), number("LINES", 24));
  }

  private static int number(String variable, int otherwise) {
    try {
      return Integer.parseInt(System.getenv().getOrDefault(variable, ""));
    } catch (NumberFormatException notANumber) {
      return otherwise;
    }
  }

  @Override
  public Process start(List<String> command, Path directory, Map<String, String> environment)
      throws IOException {
    Map<String, String> withTerm = new HashMap<>(environment);
    String term = withTerm.get("TERM");
    if (term == null || term.isBlank() || term.equals("dumb")) {
      withTerm.put("TERM", DEFAULT_TERM);
    }
    return new PtyProcessBuilder(command.toArray(String[]::new))
        .setDirectory(directory.toString())
        .setEnvironment(withTerm)
        .setRedirectErrorStream(true)
        .setInitialColumns(columns)
        .setInitialRows(rows)
        .setConsole(false)
        .setUnixOpenTtyToPreserveOutputAfterTermination(true)
        .start();
  }

  /**
   * pty4j copies its native library out of the jar before the first pseudo-terminal: by default
   * into a new directory under /tmp on every run of docklab, which it never removes. Pointed at
   * {@code <data>/native}, it copies the library there once and only checks it on later runs. A
   * folder given on the command line ({@code -Dpty4j.tmpdir}, as the tests do) is left as it is.
   */
  private static void keepNativeLibraryInDataDirectory() {
    if (System.getProperty(NATIVE_FOLDER) != null) {
      return;
    }
    Path folder = DataDirectory.resolve().resolve("native").toAbsolutePath();
    try {
      Files.createDirectories(folder);
      System.setProperty(NATIVE_FOLDER, folder.toString());
    } catch (IOException | RuntimeException nowhere) {
      // pty4j uses a directory under /tmp, as it does by default.
    }
  }

  @Override
  public boolean terminal() {
    return true;
  }
}
