package io.docklab.lesson;

/** How a command runs. */
public enum CommandMode {
  /** Runs to its end without a terminal. */
  PLAIN("plain"),
  /** Needs a terminal; automated runs type the command's scripted input. */
  INTERACTIVE("interactive"),
  /** Stays in the foreground until Ctrl-C, such as a server; checks run while it runs. */
  LONG_RUNNING("long-running");

  private final String key;

  CommandMode(String key) {
    this.key = key;
  }

  /** The word lesson files use. */
  public String key() {
    return key;
  }
}
