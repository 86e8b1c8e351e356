package io.docklab.repl;

import io.docklab.i18n.Messages;
import io.docklab.lesson.Lesson;
import io.docklab.progress.Progress;
import io.docklab.repl.render.Wrap;
import java.io.PrintWriter;
import java.util.Optional;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.UserInterruptException;

/** Shows the catalogue and asks which lesson to open, until the learner names one or leaves. */
final class CataloguePicker {
  private final LineReader reader;
  private final PrintWriter out;
  private final CatalogueView catalogue;
  private final LabCompleter completer;

  CataloguePicker(
      LineReader reader, PrintWriter out, CatalogueView catalogue, LabCompleter completer) {
    this.reader = reader;
    this.out = out;
    this.catalogue = catalogue;
    this.completer = completer;
  }

  /** The lesson chosen; empty when the learner leaves with Ctrl-D (or there is none). */
  Optional<Lesson> pick(Progress progress) {
    if (catalogue.lessons().isEmpty()) {
      out.println(Wrap.lines(Messages.get("lab.catalogue.none"), width()));
      out.flush();
      return Optional.empty();
    }
    int width = width();
    out.println(Wrap.lines(catalogue.render(progress, width), width));
    out.flush();
    completer.picking(true);
    reader.setVariable(LineReader.DISABLE_HISTORY, true); // A pick is not a command to recall.
    try {
      while (true) {
        String answer;
        try {
          answer = reader.readLine(Messages.get("lab.catalogue.prompt"));
        } catch (UserInterruptException interrupt) {
          continue;
        } catch (EndOfFileException leave) {
          return Optional.empty();
        }
        if (answer.isBlank()) {
          continue;
        }
        if (answer.strip().matches(":(q|quit|exit)")) {
          return Optional.empty();
        }
        Optional<Lesson> chosen = catalogue.choose(answer);
        if (chosen.isPresent()) {
          return chosen;
        }
        out.println(
            Wrap.lines(
                Messages.get("lab.catalogue.unknown", answer.strip(), catalogue.lessons().size()),
                width()));
        out.flush();
      }
    } finally {
      completer.picking(false);
      reader.setVariable(LineReader.DISABLE_HISTORY, false);
    }
  }

  private int width() {
    return reader.getTerminal().getWidth() > 0 ? reader.getTerminal().getWidth() : 80;
  }
}
