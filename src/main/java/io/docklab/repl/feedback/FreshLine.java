package io.docklab.repl.feedback;

import io.docklab.util.AnsiText;

/**
 * Whether what a command printed left the cursor at the start of a line: docklab's own lines (✓, ✗,
 * the prompt) must not go on where the command's last line stopped ({@code …</i>✓ Step 7/13}).
 */
public final class FreshLine {
  private FreshLine() {}

  /** True when {@code output} is empty or its last printed character is a line end. */
  public static boolean after(String output) {
    String plain = AnsiText.strip(output);
    return plain.isEmpty() || plain.endsWith("\n");
  }
}
