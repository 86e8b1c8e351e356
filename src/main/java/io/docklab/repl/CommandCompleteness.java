package io.docklab.repl;

import java.util.Optional;
import java.util.function.Function;

/**
 * Whether what the learner has typed at the lab prompt is a whole command, as bash would decide
 * before running it, or needs more lines.
 *
 * <p>The rule, in order:
 *
 * <ol>
 *   <li>a blank line and docklab's own commands ({@code :} and a letter) are always whole;
 *   <li>text ending in a backslash that continues the line (not inside a comment) needs more: bash
 *       itself only sees this at its prompt, {@code bash -n} takes such a backslash as the end;
 *   <li>a {@linkplain ShellText#plain plain} line (no quotes, brackets, {@code <<}, reserved words
 *       or trailing {@code |}/{@code &&}) is whole without asking anyone: most commands are so, and
 *       they cost a few microseconds;
 *   <li>anything else is asked of {@code bash -n} ({@link BashSyntaxCheck}), which knows here-
 *       documents, quotes, substitutions and {@code if}/{@code for}/{@code while}/{@code case},
 *       braces and parentheses exactly as the shell that runs the command: about 3 ms;
 *   <li>when bash cannot be asked, the quick lexer's verdict: a quote, substitution or
 *       here-document still open needs more; compound commands then go as they are.
 * </ol>
 *
 * <p>Why bash and not a lexer of our own for everything: a command is complete when the learner's
 * shell would run it, and bash's grammar (here-documents with {@code <<-} and quoted delimiters,
 * nested substitutions, {@code case} patterns with their lone {@code )}) is larger than any copy of
 * it we would keep right. What it costs per Enter ({@code bench/continuation.sh}, 2 cores under a
 * load of 2.7): a plain line 0.05 ms, a trailing backslash or a docklab command 0.005 ms; a
 * question to bash 2.6 to 4.1 ms median (90th percentile 5 to 9 ms), well under the 20 ms budget.
 * The JVM's first process costs some 75 ms, so the lab asks bash once in the background after its
 * first prompt ({@link ShellInputParser#warmUp}).
 */
final class CommandCompleteness {
  private final Function<String, Optional<Boolean>> endsEarly;

  /**
   * @param endsEarly whether shell text ends before its command does, empty when that cannot be
   *     told: {@link BashSyntaxCheck#endsEarly}
   */
  CommandCompleteness(Function<String, Optional<Boolean>> endsEarly) {
    this.endsEarly = endsEarly;
  }

  /** True when {@code text} can go to the shell as it is; false when it needs more lines. */
  boolean complete(String text) {
    if (text.isBlank() || ReplCommand.parse(text).isPresent()) {
      return true;
    }
    ShellText.Scan scan = ShellText.scan(text);
    if (scan.continued()) {
      return false;
    }
    if (ShellText.plain(text)) {
      return true;
    }
    return endsEarly.apply(text).map(early -> !early).orElse(!scan.open());
  }
}
