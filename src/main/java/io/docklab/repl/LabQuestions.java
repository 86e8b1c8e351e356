package io.docklab.repl;

import io.docklab.i18n.Messages;
import io.docklab.repl.render.Wrap;
import java.util.Locale;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.UserInterruptException;

/**
 * Questions the lab asks at its prompt (a y/N confirmation, a value for {@code :set}): the answer
 * is not kept in the command history, and Ctrl-C or Ctrl-D mean no. The question is wrapped at the
 * terminal's width like every other line docklab writes.
 */
final class LabQuestions {
  private final LineReader reader;

  LabQuestions(LineReader reader) {
    this.reader = reader;
  }

  /** True when the learner answers yes ({@code lab.confirm.yes}) to {@code question}. */
  boolean confirm(String question) {
    String answer = ask(question, false);
    return answer != null
        && answer.strip().toLowerCase(Locale.ROOT).matches(Messages.get("lab.confirm.yes"));
  }

  /** The learner's answer to {@code question}, not echoed when secret; null when they gave up. */
  String ask(String question, boolean secret) {
    reader.setVariable(LineReader.DISABLE_HISTORY, true);
    try {
      String shown = Wrap.lines(question, reader.getTerminal().getWidth());
      return secret ? reader.readLine(shown, '*') : reader.readLine(shown);
    } catch (UserInterruptException | EndOfFileException gaveUp) {
      return null;
    } finally {
      reader.setVariable(LineReader.DISABLE_HISTORY, false);
    }
  }
}
