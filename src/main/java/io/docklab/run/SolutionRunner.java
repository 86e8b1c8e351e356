package io.docklab.run;

import io.docklab.exec.Variables;
import io.docklab.exec.Workspace;
import io.docklab.lesson.Action;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.List;

/**
 * Runs the actions of a step without a learner, as {@code docklab test} and {@code solve} do: files
 * are written into the workspace, plain commands run through one shell session (a {@code cd}
 * carries over), interactive commands run on a pseudo-terminal fed the lesson's scripted input
 * within a time bound, and long-running commands are started in the background and stopped by
 * {@link #stopBackground()} at the end of the step. Values of variables are shell-quoted.
 */
public final class SolutionRunner implements AutoCloseable {
  public SolutionRunner(
      Workspace workspace, Variables variables, OutputStream live, Duration interactiveTimeout) {
    throw new UnsupportedOperationException("not built yet");
  }

  /**
   * Runs {@code actions} in order, stopping at the first that fails (a command's non-zero exit, a
   * timeout, a file that escapes the workspace). Long-running commands stay running.
   */
  public SolutionOutcome run(List<Action> actions) throws IOException, InterruptedException {
    throw new UnsupportedOperationException("not built yet");
  }

  /** What the last command printed (a background command's output so far when it was last). */
  public String lastOutput() {
    throw new UnsupportedOperationException("not built yet");
  }

  /** Interrupts the long-running commands started by this step, as Ctrl-C would, and waits. */
  public void stopBackground() throws InterruptedException {
    throw new UnsupportedOperationException("not built yet");
  }

  @Override
  public void close() throws InterruptedException {
    stopBackground();
  }
}
