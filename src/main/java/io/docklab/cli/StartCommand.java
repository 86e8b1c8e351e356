package io.docklab.cli;

import io.docklab.i18n.Messages;
import io.docklab.lesson.Lesson;
import io.docklab.lesson.catalog.LessonSources;
import io.docklab.repl.Lab;
import io.docklab.util.Terminals;
import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;
import org.jline.terminal.Terminal;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code docklab start LESSON}: straight into a lesson, at its first unfinished step. */
@Command(
    name = "start",
    mixinStandardHelpOptions = true,
    description = "Open a lesson in the lab, at its first unfinished step.")
final class StartCommand implements Callable<Integer> {
  @ParentCommand DocklabCommand docklab;

  @Parameters(paramLabel = "LESSON", description = "The lesson's id (see docklab list).")
  String lessonId;

  @Override
  public Integer call() throws IOException {
    // Only the lesson asked for is parsed before the first prompt, the rest of the catalogue
    // when the lab first needs it; on a terminal, the terminal opens meanwhile.
    LessonSources sources = docklab.sources();
    Future<Terminal> terminal = Terminals.interactive() ? Lab.openTerminal() : null;
    Optional<Lesson> lesson = Optional.empty();
    try {
      lesson = sources.find(lessonId);
    } finally {
      if (lesson.isEmpty() && terminal != null) {
        Lab.discard(terminal);
      }
    }
    if (lesson.isEmpty()) {
      throw new ExitException(ExitCode.USAGE, Messages.get("lab.lesson.unknown", lessonId));
    }
    Lab lab = new Lab(() -> sources.catalog().lessons());
    if (terminal != null) {
      lab.open(lesson.get(), terminal);
    } else {
      lab.open(lesson);
    }
    return ExitCode.OK;
  }
}
