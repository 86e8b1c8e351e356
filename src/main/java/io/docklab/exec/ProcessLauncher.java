package io.docklab.exec;

import io.docklab.util.Terminals;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Starts the programs of lesson steps, each as the leader of a new session and process group, so
 * that the whole group can be interrupted as Ctrl-C would. Its output and error output arrive
 * together on {@link Process#getInputStream()}.
 */
public interface ProcessLauncher {
  Process start(List<String> command, Path directory, Map<String, String> environment)
      throws IOException;

  /** True when the programs write to a (pseudo-)terminal, false when they write to pipes. */
  boolean terminal();

  /**
   * A launcher that matches how docklab runs: on a pseudo-terminal when docklab itself runs on a
   * terminal (so colours stay), on pipes otherwise.
   */
  static ProcessLauncher matchingThisProcess() {
    return Terminals.interactive() ? PtyLauncher.sizedFromEnvironment() : new PipeLauncher();
  }
}
