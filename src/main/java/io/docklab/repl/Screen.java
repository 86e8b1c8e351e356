package io.docklab.repl;

import io.docklab.i18n.Messages;
import io.docklab.repl.render.Style;
import io.docklab.repl.render.Wrap;
import java.io.PrintWriter;
import org.jline.reader.LineReader;
import org.jline.reader.impl.LineReaderImpl;
import org.jline.terminal.Terminal;

/**
 * The lab's terminal as docklab writes to it: whole messages wrapped to its width, one writer at a
 * time (a step may be said done on the watching thread while a command prints: {@link
 * TerminalCommandRunner} holds this screen as its lock too).
 */
final class Screen {
  private final Terminal terminal;
  private final Style style;
  private volatile LineReader reader;

  Screen(Terminal terminal, Style style) {
    this.terminal = terminal;
    this.style = style;
  }

  Terminal terminal() {
    return terminal;
  }

  Style style() {
    return style;
  }

  /** The prompt's reader: what is said while the learner is at the prompt goes above it. */
  void readWith(LineReader reader) {
    this.reader = reader;
  }

  /**
   * Says {@code text} on lines of their own, wrapped to the terminal's width; above the prompt when
   * the learner is at it (a step done in the background).
   */
  void say(String text) {
    synchronized (this) {
      LineReader prompt = reader;
      if (prompt != null && prompt.isReading()) {
        prompt.printAbove(Wrap.lines(text, width()));
        return;
      }
      PrintWriter out = terminal.writer();
      out.println(Wrap.lines(text, width()));
      out.flush();
    }
  }

  /**
   * The prompt the learner is at becomes {@code prompt} (the step moved on in the background); what
   * they typed stays.
   */
  void promptChanged(String prompt) {
    LineReader at = reader;
    if (at == null) {
      return;
    }
    if (at instanceof LineReaderImpl impl) {
      impl.setPrompt(prompt);
    }
    try {
      at.callWidget(LineReader.REDISPLAY);
    } catch (IllegalStateException notReading) {
      // The learner pressed Enter meanwhile: the next prompt shows the step as it is.
    }
  }

  /**
   * The text at the right of the prompt the learner is at becomes {@code rightPrompt} (the class's
   * status line changed in the background); what they typed stays.
   */
  void rightPromptChanged(String rightPrompt) {
    LineReader at = reader;
    if (at == null || !at.isReading()) {
      return; // the next prompt shows it
    }
    synchronized (this) {
      if (at instanceof LineReaderImpl impl) {
        impl.setRightPrompt(rightPrompt);
      }
      try {
        at.callWidget(LineReader.REDISPLAY);
      } catch (IllegalStateException notReading) {
        // The learner pressed Enter meanwhile: the next prompt shows it.
      }
    }
  }

  /** Prints {@code text} as it is (a block laid out already). */
  void print(String text) {
    synchronized (this) {
      terminal.writer().print(text);
      terminal.writer().flush();
    }
  }

  /** The terminal's width, 80 when it does not say. */
  int width() {
    return terminal.getWidth() > 0 ? terminal.getWidth() : 80;
  }

  /** A step laid out for this screen. */
  StepView stepView() {
    return new StepView(style, width(), Messages.locale());
  }
}
