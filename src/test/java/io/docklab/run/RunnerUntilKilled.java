package io.docklab.run;

import io.docklab.exec.PipeLauncher;
import io.docklab.exec.PtyLauncher;
import io.docklab.exec.UserShell;
import io.docklab.exec.Variables;
import io.docklab.exec.Workspace;
import io.docklab.lesson.CommandAction;
import io.docklab.lesson.CommandMode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * A JVM that starts a server in a container and an interactive container shell through a {@link
 * SolutionRunner}, then waits to be ended (SolutionRunnerIT sends it SIGTERM).
 *
 * <p>Arguments: workspace, server container name, shell container name, host port.
 */
final class RunnerUntilKilled {
  private RunnerUntilKilled() {}

  public static void main(String[] args) throws Exception {
    SolutionRunner runner =
        new SolutionRunner(
            Workspace.at(Path.of(args[0])),
            Variables.NONE,
            Locale.ENGLISH,
            System.out,
            Duration.ofMinutes(10),
            new PipeLauncher(),
            new PtyLauncher(80, 24),
            new UserShell(Path.of("/bin/bash")));
    runner.run(
        List.of(
            new CommandAction(
                "docker run --name "
                    + args[1]
                    + " -p 127.0.0.1:"
                    + args[3]
                    + ":8000 python:3.11-slim python3 -m http.server 8000",
                CommandMode.LONG_RUNNING,
                List.of()),
            new CommandAction(
                "docker run --name " + args[2] + " -ti python bash",
                CommandMode.INTERACTIVE,
                List.of("echo in the shell", "sleep 600"))));
    Thread.sleep(Long.MAX_VALUE); // Not reached: the interactive command runs until the JVM ends.
  }
}
