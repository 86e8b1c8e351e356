package io.docklab.cli;

import io.docklab.i18n.Messages;
import io.docklab.lesson.Lesson;
import io.docklab.lesson.catalog.LessonSources;
import io.docklab.repl.Lab;
import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code docklab start LESSON}: straight into a lesson, at its first unfinished step. */
@Command(name = "start", mixinStandardHelpOptions = true)
final class StartCommand implements Callable<Integer> {
  @ParentCommand DocklabCommand docklab;

  @Parameters(paramLabel = "LESSON", descriptionKey = "lesson")
  String lessonId;

  @Override
  public Integer call() throws IOException {
    DocklabCommand.refuseInsideTheLab();
    // Only the lesson asked for is parsed before the first prompt, the rest of the catalogue
    // when the lab first needs it; on a terminal, the terminal opens meanwhile.
    Future<Optional<Lab.Opening>> opening = Lab.startOpening();
    LessonSources sources = docklab.sources();
    Optional<Lesson> lesson = Optional.empty();
    try {
      lesson = sources.find(lessonId);
    } finally {
      if (lesson.isEmpty()) {
        Lab.discard(opening);
      }
    }
    if (lesson.isEmpty()) {
      throw new ExitException(ExitCode.USAGE, Messages.get("lab.lesson.unknown", lessonId));
    }
    Lab lab = new Lab(() -> sources.catalog().lessons());
    lab.open(lesson.get(), opening);
    return ExitCode.OK;
  }
}
