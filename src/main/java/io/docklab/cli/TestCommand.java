package io.docklab.cli;

import io.docklab.docker.DockerEngine;
import io.docklab.docker.EngineAccess;
import io.docklab.i18n.Messages;
import io.docklab.lessontest.ConsoleReport;
import io.docklab.lessontest.Interruption;
import io.docklab.lessontest.JsonReport;
import io.docklab.lessontest.JunitReport;
import io.docklab.lessontest.LessonRunner;
import io.docklab.lessontest.ScriptEmitter;
import io.docklab.lessontest.StepSelection;
import io.docklab.lessontest.TestOptions;
import io.docklab.lessontest.TestRun;
import io.docklab.util.DataDirectory;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code docklab test [LESSON|PATH…]}: runs lessons without a learner and says whether each step
 * still works, for lesson authors and CI.
 */
@Command(name = "test", mixinStandardHelpOptions = true)
final class TestCommand implements Callable<Integer> {
  /** More lessons at once than this only makes them wait on each other and the engine. */
  static final int MAX_JOBS = 8;

  @ParentCommand DocklabCommand docklab;

  @Spec CommandSpec spec;

  @Parameters(arity = "0..*", paramLabel = "LESSON|PATH", descriptionKey = "targets")
  List<String> targets = new ArrayList<>();

  @ArgGroup(exclusive = true)
  Selection selection;

  static final class Selection {
    @Option(names = "--step", paramLabel = "ID")
    String only;

    @Option(names = "--from", paramLabel = "ID")
    String from;

    StepSelection toSelection() {
      return only != null ? StepSelection.only(only) : StepSelection.from(from);
    }
  }

  @Option(names = "--keep")
  boolean keep;

  @Option(names = "--jobs", paramLabel = "N", defaultValue = "1")
  int jobs;

  @Option(names = "--junit", paramLabel = "FILE")
  Path junit;

  @Option(names = "--json", paramLabel = "FILE")
  Path json;

  @Option(
      names = "--emit-script",
      hidden = true,
      description = "Print the lessons' solutions as a bash script and stop (bench/lessons.sh).")
  boolean emitScript;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<TestTargets.Target> lessons = new TestTargets(docklab.catalog()).resolve(targets, err);
    StepSelection steps = selection == null ? StepSelection.ALL : selection.toSelection();
    for (TestTargets.Target target : lessons) {
      if (!steps.appliesTo(target.lesson())) {
        throw new ExitException(
            ExitCode.USAGE,
            Messages.get("test.noSuchStep", target.source(), target.lesson().id(), steps.stepId()));
      }
    }
    if (emitScript) {
      out.print(ScriptEmitter.script(lessons.stream().map(TestTargets.Target::lesson).toList()));
      out.flush();
      return ExitCode.OK;
    }
    if (jobs < 1 || jobs > MAX_JOBS) {
      throw new ExitException(ExitCode.USAGE, Messages.get("test.jobs.range", jobs, MAX_JOBS));
    }
    TestOptions options =
        new TestOptions(
            steps, keep, TestOptions.DEFAULT_WINDOW, TestOptions.DEFAULT_INTERACTIVE_TIMEOUT);
    try (EngineAccess engine = EngineAccess.of(DockerEngine.connect())) {
      Interruption interruption = Interruption.watchCurrentThread();
      try {
        TestRun run = run(lessons, engine, options, interruption, out);
        return report(run, out, err);
      } finally {
        interruption.finished();
      }
    }
  }

  private TestRun run(
      List<TestTargets.Target> lessons,
      EngineAccess engine,
      TestOptions options,
      Interruption interruption,
      PrintWriter out) {
    out.println(
        Messages.get(
            "test.start",
            lessons.size(),
            lessons.stream().mapToInt(target -> target.lesson().steps().size()).sum()));
    TestRun run =
        new LessonRunner(engine, DataDirectory.resolve(), options, interruption, out)
            .run(
                lessons.stream()
                    .map(target -> new LessonRunner.Target(target.lesson(), target.source()))
                    .toList(),
                jobs);
    new ConsoleReport(out).summary(run);
    return run;
  }

  private int report(TestRun run, PrintWriter out, PrintWriter err) {
    int status = run.engineUnreachable() ? ExitCode.ENGINE_UNREACHABLE : ExitCode.OK;
    if (status == ExitCode.OK && !run.passed()) {
      status = ExitCode.FAILED;
    }
    try {
      if (junit != null) {
        JunitReport.write(run, junit);
        out.println(Messages.get("test.wrote", "JUnit XML", junit));
      }
      if (json != null) {
        JsonReport.write(run, json);
        out.println(Messages.get("test.wrote", "JSON", json));
      }
    } catch (IOException e) {
      err.println(Messages.get("test.reportFailed", e.getMessage()));
      status = Math.max(status, ExitCode.FAILED);
    }
    out.flush();
    err.flush();
    return status;
  }
}
