package io.docklab.exec;

import java.time.Duration;

/** How a command ended, what it printed (its last 64 KiB) and how long it took. */
public record CommandResult(int exitCode, String output, Duration duration, Ending ending) {
  /** How the command came to its end. */
  public enum Ending {
    /** It ended by itself. */
    EXITED,
    /** It was interrupted (SIGINT, as Ctrl-C) and ended within the grace period. */
    INTERRUPTED,
    /** It did not end in time and was killed with its process group. */
    TIMED_OUT,
    /** It was interrupted, did not end within the grace period, and was killed. */
    KILLED
  }

  public CommandResult(int exitCode, String output, Duration duration) {
    this(exitCode, output, duration, Ending.EXITED);
  }

  public boolean succeeded() {
    return ending == Ending.EXITED && exitCode == 0;
  }

  public boolean timedOut() {
    return ending == Ending.TIMED_OUT;
  }
}
