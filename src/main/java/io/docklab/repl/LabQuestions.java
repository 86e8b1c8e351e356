package io.docklab.repl;

import io.docklab.i18n.Messages;
import java.util.Locale;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.UserInterruptException;

/**
 * Questions the lab asks at its prompt (a y/N confirmation, a value for {@code :set}): the answer
 * is not kept in the command history, and Ctrl-C or Ctrl-D mean no.
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
      return secret ? reader.readLine(question, '*') : reader.readLine(question);
    } catch (UserInterruptException | EndOfFileException gaveUp) {
      return null;
    } finally {
      reader.setVariable(LineReader.DISABLE_HISTORY, false);
    }
  }
}
