package io.docklab.cli;

import io.docklab.i18n.Messages;
import io.docklab.lesson.catalog.LessonValidation;
import io.docklab.lesson.load.LessonError;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code docklab validate PATH…}: lints lesson files and directories, one error per line. */
@Command(name = "validate", mixinStandardHelpOptions = true)
final class ValidateCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "PATH", descriptionKey = "paths")
  List<Path> paths;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    LessonValidation.Report report = LessonValidation.validate(paths);
    for (LessonError error : report.errors()) {
      out.println(error);
    }
    out.flush();
    err.println(
        report.clean()
            ? Messages.get("validate.clean", report.lessons())
            : Messages.get("validate.failed", report.lessons(), report.errors().size()));
    err.flush();
    return report.clean() ? ExitCode.OK : ExitCode.FAILED;
  }
}
