package io.docklab.repl.render;

/** {@code Step 3/12 ███░░░░░░} in a given number of columns. */
public final class ProgressBar {
  private ProgressBar() {}

  /** A bar of {@code cells} cells for {@code done} of {@code total}. */
  public static String bar(int done, int total, int cells) {
    int full = total == 0 ? 0 : Math.round((float) cells * done / total);
    return "█".repeat(full) + "░".repeat(Math.max(0, cells - full));
  }
}
