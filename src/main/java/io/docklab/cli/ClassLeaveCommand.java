package io.docklab.cli;

import io.docklab.classroom.Pem;
import io.docklab.classroom.learner.ClassClient;
import io.docklab.classroom.learner.ClassClient.ClassServerException;
import io.docklab.classroom.learner.ClassroomFiles;
import io.docklab.classroom.learner.LessonDownload;
import io.docklab.classroom.learner.Membership;
import io.docklab.i18n.Messages;
import io.docklab.util.DataDirectory;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code docklab class leave}: stops reporting to the class: tells the server when it can be
 * reached, then forgets the token, the outbox and the class's lessons.
 */
@Command(name = "leave", mixinStandardHelpOptions = true)
final class ClassLeaveCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    ClassroomFiles files = ClassroomFiles.in(DataDirectory.resolve());
    Optional<Membership> membership = Membership.load(files);
    if (membership.isEmpty()) {
      out.println(Messages.get("class.notJoined"));
      return ExitCode.OK;
    }
    Membership joined = membership.get();
    try {
      ClassClient.of(joined, files).leave(joined.learner(), joined.token());
    } catch (ClassServerException | Pem.BadPem e) {
      out.println(Messages.get("class.leave.unreachable", e.getMessage()));
    }
    Files.deleteIfExists(files.token());
    Files.deleteIfExists(files.joined());
    Files.deleteIfExists(files.outbox());
    Files.deleteIfExists(files.outboxSent());
    LessonDownload.delete(files.lessons());
    LessonDownload.delete(files.lessonsNext());
    Files.deleteIfExists(files.ca());
    out.println(Messages.get("class.leave.done", joined.className()));
    return ExitCode.OK;
  }
}
