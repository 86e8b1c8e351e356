package io.docklab.repl;

import io.docklab.i18n.Messages;
import io.docklab.lesson.Lesson;
import java.util.Optional;
import org.jline.reader.LineReader;

/** {@code :lessons} (another lesson, from the catalogue or by id) and {@code :set} (a value). */
final class LessonChoices {
  private final LabContext lab;
  private final StepFlow flow;
  private final LineReader reader;
  private final LabCompleter completer;
  private final LabQuestions questions;

  LessonChoices(
      LabContext lab,
      StepFlow flow,
      LineReader reader,
      LabCompleter completer,
      LabQuestions questions) {
    this.lab = lab;
    this.flow = flow;
    this.reader = reader;
    this.completer = completer;
    this.questions = questions;
  }

  /** {@code :lessons [ID]}: the lesson named, else the one picked from the catalogue. */
  void lessons(String argument) {
    CatalogueView catalogue =
        new CatalogueView(lab.lessons().get(), lab.style(), Messages.locale());
    Optional<Lesson> chosen;
    if (!argument.isEmpty()) {
      chosen = catalogue.choose(argument);
      if (chosen.isEmpty()) {
        lab.say(Messages.get("lab.catalogue.unknown", argument, catalogue.lessons().size()));
        return;
      }
    } else {
      chosen =
          new CataloguePicker(reader, lab.screen().terminal().writer(), catalogue, completer)
              .pick(lab.progress());
    }
    chosen.ifPresentOrElse(flow::open, flow::show);
  }

  /** {@code :set [NAME [VALUE]]}: the lesson's values, or one of them changed. */
  void set(String argument) {
    OpenLesson open = lab.lesson();
    var lesson = open.session().lesson();
    VariableSettings.Outcome outcome =
        lab.settings().set(lesson, argument, lab.screen().width(), questions::ask);
    lab.say(outcome.message());
    if (outcome.changed()) {
      open.session().save();
      open.use(lab.settings().values(lesson));
    }
  }
}
