package io.docklab.util;

import java.util.concurrent.ExecutionException;

/** What a task run on another thread threw, thrown again on the thread that waited for it. */
public final class TaskFailure {
  private TaskFailure() {}

  /**
   * Throws the cause of {@code failed} as it was when it is unchecked (a {@link RuntimeException}
   * or an {@link Error}); returns it otherwise, for the caller to throw as its own kind.
   */
  public static Throwable rethrowUnchecked(ExecutionException failed) {
    Throwable cause = failed.getCause();
    if (cause instanceof RuntimeException runtime) {
      throw runtime;
    }
    if (cause instanceof Error error) {
      throw error;
    }
    return cause;
  }
}
