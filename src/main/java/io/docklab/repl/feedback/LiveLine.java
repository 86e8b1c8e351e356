package io.docklab.repl.feedback;

import java.io.PrintWriter;
import java.util.function.IntSupplier;
import org.jline.utils.WCWidth;

/**
 * One line that docklab rewrites in place while it waits ({@code waiting for … 3 s, Ctrl-C to
 * stop}), and wipes when the wait ends, so that the next line starts where it stood. Cut to the
 * terminal's width, so that it never wraps onto a second line it could not rewrite.
 */
public final class LiveLine implements AutoCloseable {
  private static final String WIPE = "\r\033[K";

  private final PrintWriter out;
  private final Object screen;
  private final IntSupplier width;
  private boolean shown;

  /**
   * @param screen the lock every writer to the terminal holds
   */
  public LiveLine(PrintWriter out, Object screen, IntSupplier width) {
    this.out = out;
    this.screen = screen;
    this.width = width;
  }

  /** Shows {@code text} in place of what the line showed. */
  public void show(String text) {
    int room = Math.max(10, width.getAsInt() - 1);
    String cut = fit(text, room);
    synchronized (screen) {
      out.print(WIPE + cut);
      out.flush();
      shown = true;
    }
  }

  /** Wipes the line, if it was shown. */
  @Override
  public void close() {
    synchronized (screen) {
      if (shown) {
        out.print(WIPE);
        out.flush();
        shown = false;
      }
    }
  }

  /** {@code text} cut to {@code room} columns (a wide character counts two). */
  private static String fit(String text, int room) {
    StringBuilder fitted = new StringBuilder();
    int used = 0;
    for (int i = 0; i < text.length(); ) {
      int codePoint = text.codePointAt(i);
      int columns = Math.max(0, WCWidth.wcwidth(codePoint));
      if (used + columns > room) {
        break;
      }
      fitted.appendCodePoint(codePoint);
      used += columns;
      i += Character.charCount(codePoint);
    }
    return fitted.toString();
  }
}
