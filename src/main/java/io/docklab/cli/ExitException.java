package io.docklab.cli;

/** Ends a command with an exit status and one line for the person at the terminal. */
public final class ExitException extends RuntimeException {
  private final int status;

  public ExitException(int status, String message) {
    super(message);
    this.status = status;
  }

  public int status() {
    return status;
  }
}
