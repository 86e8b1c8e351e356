package io.docklab.cli;

import io.docklab.exec.ShellQuoting;
import io.docklab.i18n.Messages;
import io.docklab.lesson.LessonSkeleton;
import io.docklab.lesson.load.LessonLoader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code docklab new LESSON [--yaml] [--dir DIR]}: writes a lesson skeleton that validates, never
 * over an existing file, and says what to run next.
 */
@Command(name = "new", mixinStandardHelpOptions = true)
final class NewCommand implements Callable<Integer> {
  private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_+=:,./-]+");

  @Parameters(paramLabel = "LESSON", descriptionKey = "lesson")
  String lesson;

  @Option(names = "--yaml", descriptionKey = "yaml")
  boolean yaml;

  @Option(names = "--dir", paramLabel = "DIR", descriptionKey = "dir")
  Path directory = Path.of(".");

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!LessonLoader.isValidId(lesson)) {
      err.println(Messages.get("new.badId", lesson, 64));
      err.flush();
      return ExitCode.USAGE;
    }
    Path file = directory.resolve(LessonSkeleton.fileName(lesson, yaml)).normalize();
    try {
      Files.createDirectories(directory);
      // CREATE_NEW: refused when the file exists, even if it appears meanwhile.
      Files.writeString(
          file,
          LessonSkeleton.text(lesson, yaml),
          StandardCharsets.UTF_8,
          StandardOpenOption.CREATE_NEW,
          StandardOpenOption.WRITE);
    } catch (FileAlreadyExistsException exists) {
      err.println(Messages.get("new.exists", file));
      err.flush();
      return ExitCode.FAILED;
    } catch (IOException failed) {
      err.println(Messages.get("new.failed", file, String.valueOf(failed.getMessage())));
      err.flush();
      return ExitCode.FAILED;
    }
    String path = shell(file.toString());
    String dir =
        shell(directory.normalize().toString().isEmpty() ? "." : directory.normalize().toString());
    out.println(Messages.get("new.wrote", file));
    out.println(Messages.get("new.next"));
    out.println("  " + Messages.get("new.validate"));
    out.println("    docklab validate " + path);
    out.println("  " + Messages.get("new.test"));
    out.println("    docklab test " + path + " --step " + LessonSkeleton.STEP);
    out.println("  " + Messages.get("new.lab"));
    out.println("    docklab --lessons " + dir + " start " + lesson);
    out.flush();
    return ExitCode.OK;
  }

  /** A path as a shell reads it: as it is when plain, else quoted. */
  private static String shell(String path) {
    return PLAIN.matcher(path).matches() ? path : ShellQuoting.quote(path);
  }
}
