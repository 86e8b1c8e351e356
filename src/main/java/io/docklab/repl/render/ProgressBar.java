package io.docklab.repl.render;

import io.docklab.i18n.Messages;

/** {@code Step 3/12 ███░░░░░░} in a given number of columns. */
public final class ProgressBar {
  private ProgressBar() {}

  /** A bar of {@code cells} cells for {@code done} of {@code total}. */
  public static String bar(int done, int total, int cells) {
    int shown = Math.max(0, Math.min(done, total));
    int full = total <= 0 ? 0 : Math.round((float) cells * shown / total);
    return "█".repeat(full) + "░".repeat(Math.max(0, cells - full));
  }

  /** {@code Step 3/12} in the learner's language. */
  public static String label(int step, int total) {
    return Messages.get("progress.step", step, total);
  }

  /** {@code Step 3/12 ███░░░░░░}: the label and a bar of {@code cells} cells for the step. */
  public static String of(int step, int total, int cells) {
    return label(step, total) + " " + bar(step, total, cells);
  }
}
