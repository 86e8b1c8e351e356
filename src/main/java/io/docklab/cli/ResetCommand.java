package io.docklab.cli;

import io.docklab.docker.EngineAccess;
import io.docklab.docker.EngineAddress;
import io.docklab.exec.Variables;
import io.docklab.exec.Workspace;
import io.docklab.i18n.Messages;
import io.docklab.lesson.Creates;
import io.docklab.lesson.Lesson;
import io.docklab.progress.ProgressStore;
import io.docklab.run.CleanupReport;
import io.docklab.run.LessonCleanup;
import io.docklab.util.DataDirectory;
import io.docklab.util.Terminals;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code docklab reset LESSON [--yes]}: removes what a lesson creates (its containers, images,
 * registry repositories and workspace files) so that it starts afresh, after showing the list and
 * asking on the terminal.
 */
@Command(name = "reset", mixinStandardHelpOptions = true)
final class ResetCommand implements Callable<Integer> {
  @ParentCommand DocklabCommand docklab;

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "LESSON", descriptionKey = "lesson")
  String lessonId;

  @Option(names = {"-y", "--yes"})
  boolean yes;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    Lesson lesson =
        docklab
            .catalog()
            .lesson(lessonId)
            .orElseThrow(
                () ->
                    new ExitException(
                        ExitCode.USAGE, Messages.get("reset.unknownLesson", lessonId)));
    Variables variables = Variables.defaults(lesson);
    Workspace workspace = Workspace.forLesson(lesson.id());
    if (!showPlan(out, lesson, variables, workspace)) {
      return ExitCode.OK;
    }
    if (!yes && !confirmed(out)) {
      out.println(Messages.get("reset.cancelled"));
      return ExitCode.OK;
    }
    try (EngineAccess engine = new EngineAccess(EngineAddress.fromEnvironment())) {
      CleanupReport report =
          new LessonCleanup(engine, workspace, variables).clean(lesson.creates());
      if (report.clean()) {
        forgetProgress(out, lesson.id());
      }
      return report(out, lesson, report);
    }
  }

  /** Prints what the lesson creates; false when that is nothing. */
  private static boolean showPlan(
      PrintWriter out, Lesson lesson, Variables variables, Workspace workspace) {
    Creates creates = lesson.creates();
    if (creates.equals(Creates.NOTHING)) {
      out.println(Messages.get("reset.plan.nothing", lesson.id()));
      return false;
    }
    out.println(Messages.get("reset.plan", lesson.id()));
    creates
        .containers()
        .forEach(name -> out.println(Messages.get("reset.plan.container", variables.text(name))));
    creates
        .images()
        .forEach(image -> out.println(Messages.get("reset.plan.image", variables.text(image))));
    creates
        .repositories()
        .forEach(
            repository ->
                out.println(Messages.get("reset.plan.repository", variables.text(repository))));
    creates
        .files()
        .forEach(
            file -> out.println(Messages.get("reset.plan.file", variables.text(file), workspace)));
    creates
        .networks()
        .forEach(name -> out.println(Messages.get("reset.plan.network", variables.text(name))));
    creates
        .volumes()
        .forEach(name -> out.println(Messages.get("reset.plan.volume", variables.text(name))));
    out.flush();
    return true;
  }

  /** Asks on the terminal; without one, refuses (exit 2) rather than remove unasked. */
  private static boolean confirmed(PrintWriter out) throws IOException {
    if (!Terminals.interactive()) {
      throw new ExitException(ExitCode.USAGE, Messages.get("reset.noTerminal"));
    }
    out.print(Messages.get("reset.confirm"));
    out.flush();
    String answer =
        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
    if (answer == null) {
      out.println();
      return false;
    }
    String word = answer.strip().toLowerCase(Locale.ROOT);
    return word.equals("y") || word.equals("yes") || word.equals("はい");
  }

  /** The lesson's steps are no longer done once what they made is gone. */
  private static void forgetProgress(PrintWriter out, String lessonId) throws IOException {
    ProgressStore store = ProgressStore.in(DataDirectory.resolve());
    ProgressStore.Loaded loaded = store.load();
    loaded.problem().ifPresent(out::println);
    if (!loaded.progress().done(lessonId).isEmpty()
        || loaded.progress().current(lessonId).isPresent()) {
      loaded.progress().clear(lessonId);
      store.save(loaded.progress());
      out.println(Messages.get("reset.progressCleared"));
    }
  }

  private static int report(PrintWriter out, Lesson lesson, CleanupReport report) {
    report.removed().forEach(thing -> out.println(Messages.get("reset.removed", thing)));
    report.problems().forEach(problem -> out.println(Messages.get("reset.problem", problem)));
    report.left().forEach(thing -> out.println(Messages.get("reset.left", thing)));
    int removed = report.removed().size();
    if (!report.clean()) {
      out.println(Messages.get("reset.failed", lesson.id(), removed, report.problems().size()));
      return report.engineUnreachable() ? ExitCode.ENGINE_UNREACHABLE : ExitCode.FAILED;
    }
    out.println(
        removed == 0
            ? Messages.get("reset.doneNothing", lesson.id())
            : Messages.get("reset.done", lesson.id(), removed));
    return ExitCode.OK;
  }
}
