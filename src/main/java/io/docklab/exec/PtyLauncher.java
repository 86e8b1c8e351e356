package io.docklab.exec;

import com.pty4j.PtyProcessBuilder;
import java.io.IOException;
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

  @Override
  public boolean terminal() {
    return true;
  }
}
