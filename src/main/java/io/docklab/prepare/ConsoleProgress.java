package io.docklab.prepare;

import java.io.PrintStream;

/**
 * Progress on a console: on a terminal the status line is redrawn in place; elsewhere (a log, CI) a
 * status is printed at most every {@link #QUIET_MILLIS} so the log stays readable.
 */
public final class ConsoleProgress implements Progress {
  private static final long QUIET_MILLIS = 10_000;

  private final PrintStream out;
  private final boolean terminal;
  private boolean statusShown;
  private long lastStatusAt;

  public ConsoleProgress(PrintStream out, boolean terminal) {
    this.out = out;
    this.terminal = terminal;
  }

  public static ConsoleProgress onStandardOutput() {
    return new ConsoleProgress(System.out, System.console() != null);
  }

  @Override
  public synchronized void line(String text) {
    clearStatus();
    out.println(text);
    out.flush();
  }

  @Override
  public synchronized void status(String text) {
    if (terminal) {
      String shown = text.length() > 78 ? text.substring(0, 77) + "…" : text;
      out.print("\r\033[K" + shown);
      statusShown = true;
    } else {
      long now = System.currentTimeMillis();
      if (now - lastStatusAt < QUIET_MILLIS) {
        return;
      }
      lastStatusAt = now;
      out.println(text);
    }
    out.flush();
  }

  private void clearStatus() {
    if (statusShown) {
      out.print("\r\033[K");
      statusShown = false;
    }
  }
}
