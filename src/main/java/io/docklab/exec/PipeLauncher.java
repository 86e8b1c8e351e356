package io.docklab.exec;

import io.docklab.util.ExternalCommand;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Starts programs on pipes, their input empty, in a new session made by {@code setsid}. */
public final class PipeLauncher implements ProcessLauncher {
  private static final File NO_INPUT = new File("/dev/null");

  @Override
  public Process start(List<String> command, Path directory, Map<String, String> environment)
      throws IOException {
    List<String> inNewSession = new ArrayList<>();
    if (ExternalCommand.onPath("setsid")) {
      inNewSession.add("setsid");
    }
    inNewSession.addAll(command);
    ProcessBuilder builder =
        new ProcessBuilder(inNewSession)
            .directory(directory.toFile())
            .redirectErrorStream(true)
            .redirectInput(ProcessBuilder.Redirect.from(NO_INPUT));
    builder.environment().clear();
    builder.environment().putAll(environment);
    return builder.start();
  }

  @Override
  public boolean terminal() {
    return false;
  }
}
