package io.docklab.repl;

import java.util.function.Supplier;
import org.jline.reader.EOFError;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;
import org.jline.reader.impl.DefaultParser;

/**
 * The line reader's parser at the lab prompt: Enter on text that is not yet a whole shell command
 * (an open here-document, a trailing backslash, an open quote, an {@code if} without its {@code
 * fi}…; see {@link CommandCompleteness} for the rule and its cost) keeps reading on a {@code > }
 * line, as bash does with its {@code PS2}; the learner gets the whole text, newlines kept, as one
 * command. JLine does this when the parser throws {@link EOFError} for the line being accepted.
 *
 * <p>Only the lab prompt is held ({@link #readCommand}); the catalogue's and the confirmations'
 * answers are taken as they are. Completion looks at the current line of a continued command (the
 * lines joined by backslashes), so {@code docker run \}, Enter, then {@code -p … fri}, Tab, still
 * completes an image name.
 */
final class ShellInputParser extends DefaultParser {
  /** The continuation prompt, bash's {@code PS2}. */
  static final String CONTINUATION_PROMPT = "> ";

  private final CommandCompleteness completeness;
  private volatile boolean holding;

  ShellInputParser(CommandCompleteness completeness) {
    this.completeness = completeness;
  }

  /** A parser that asks the bash found on this machine. */
  static ShellInputParser withBash() {
    return new ShellInputParser(new CommandCompleteness(BashSyntaxCheck.find()::endsEarly));
  }

  /**
   * Reads one command at {@code prompt}: when {@code reader} has this parser, an incomplete command
   * goes on on continuation lines. Ctrl-C there drops it (the reader's {@code
   * UserInterruptException}, as at any prompt).
   */
  static String readCommand(LineReader reader, String prompt) {
    return readCommand(reader, prompt, null);
  }

  /** As {@link #readCommand(LineReader, String)}, with {@code rightPrompt} (or none: null). */
  static String readCommand(LineReader reader, String prompt, String rightPrompt) {
    if (!(reader.getParser() instanceof ShellInputParser parser)) {
      return reader.readLine(prompt, rightPrompt, (Character) null, null);
    }
    return parser.holding(() -> reader.readLine(prompt, rightPrompt, (Character) null, null));
  }

  /**
   * Makes Enter accept the whole text wherever the cursor is, as in bash: without this, JLine would
   * break the line at the cursor when the command goes on.
   */
  static void enterEndsTheLine(LineReader reader) {
    var widgets = reader.getWidgets();
    var accept = widgets.get(LineReader.ACCEPT_LINE);
    widgets.put(
        LineReader.ACCEPT_LINE,
        () -> {
          reader.getBuffer().cursor(reader.getBuffer().length());
          return accept.apply();
        });
  }

  /** Asks bash a first question, off the learner's Enter (the JVM's first process is slow). */
  void warmUp() {
    completeness.complete("if true; then");
  }

  private <T> T holding(Supplier<T> read) {
    holding = true;
    try {
      return read.get();
    } finally {
      holding = false;
    }
  }

  @Override
  public ParsedLine parse(String line, int cursor, ParseContext context) {
    if (context == ParseContext.COMPLETE) {
      return currentLine(line, cursor);
    }
    if (context == ParseContext.ACCEPT_LINE && holding && !completeness.complete(line)) {
      throw new EOFError(-1, -1, "incomplete shell command");
    }
    return super.parse(line, cursor, context);
  }

  /**
   * The line the cursor is on, from the start of its command: lines joined by a backslash count as
   * one, the backslash and newline read as blanks (the same length, so positions stay right).
   */
  private ParsedLine currentLine(String line, int cursor) {
    int start = 0;
    for (int i = cursor - 1; i >= 0; i--) {
      if (line.charAt(i) == '\n' && !escaped(line, i)) {
        start = i + 1;
        break;
      }
    }
    String joined = line.substring(start).replace("\\\n", "  ");
    return super.parse(joined, cursor - start, ParseContext.COMPLETE);
  }

  /** True when the character at {@code index} follows an odd run of backslashes. */
  private static boolean escaped(String text, int index) {
    int backslashes = 0;
    for (int i = index - 1; i >= 0 && text.charAt(i) == '\\'; i--) {
      backslashes++;
    }
    return backslashes % 2 == 1;
  }
}
