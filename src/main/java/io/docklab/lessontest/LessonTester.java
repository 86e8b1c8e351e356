package io.docklab.lessontest;

import io.docklab.check.CheckContext;
import io.docklab.check.Checks;
import io.docklab.docker.EngineAccess;
import io.docklab.docker.EngineUnreachableException;
import io.docklab.exec.Variables;
import io.docklab.exec.Workspace;
import io.docklab.i18n.Messages;
import io.docklab.lesson.Lesson;
import io.docklab.lesson.Step;
import io.docklab.prepare.LabPreparation;
import io.docklab.progress.Progress;
import io.docklab.run.CleanupReport;
import io.docklab.run.LessonCleanup;
import io.docklab.run.SolutionRunner;
import io.docklab.run.StageSetup;
import io.docklab.session.LessonSession;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Tests one lesson: makes its images and services present, removes what it creates (so that a
 * leftover cannot let a check pass), tests its steps in order until one fails, and cleans up after
 * it whatever happened, unless asked to keep the state.
 */
public final class LessonTester {
  private static final Object PREPARING = new Object();

  private final EngineAccess engine;
  private final Path dataDirectory;
  private final TestOptions options;
  private final TestListener listener;
  private final Interruption interruption;
  private boolean engineUnreachable;

  /**
   * @param dataDirectory docklab's data directory; lessons run in workspaces of their own under
   *     {@code test/}, apart from the learner's
   */
  public LessonTester(
      EngineAccess engine,
      Path dataDirectory,
      TestOptions options,
      TestListener listener,
      Interruption interruption) {
    this.engine = engine;
    this.dataDirectory = dataDirectory;
    this.options = options;
    this.listener = listener;
    this.interruption = interruption;
  }

  /** True once a check or a cleanup could not reach the Docker engine. */
  public boolean engineUnreachable() {
    return engineUnreachable;
  }

  /** The workspace a test run uses for {@code lesson}: never the learner's own. */
  public static Workspace workspace(Path dataDirectory, Lesson lesson) {
    return Workspace.forLesson(dataDirectory.resolve("test"), lesson.id());
  }

  public LessonResult test(Lesson lesson, String source) {
    long start = System.nanoTime();
    listener.lessonStarted(lesson, source);
    Variables variables = Variables.defaults(lesson);
    Workspace workspace = workspace(dataDirectory, lesson);
    List<StepResult> steps = new ArrayList<>();
    String problem = "";
    List<String> cleanupProblems = List.of();
    try {
      problem = prepare(lesson);
      if (problem.isEmpty()) {
        problem = clean(lesson, workspace, variables, Messages.get("test.cleanBefore"));
      }
      if (problem.isEmpty()) {
        problem = runSteps(lesson, workspace, variables, steps);
      }
    } catch (EngineUnreachableException unreachable) {
      engineUnreachable = true;
      problem = unreachable.describe();
    } finally {
      skipTheRest(lesson, steps, problem);
      if (!options.keep()) {
        cleanupProblems = cleanAfter(lesson, workspace, variables);
      } else {
        listener.line(Messages.get("test.kept", workspace));
      }
    }
    LessonResult result =
        new LessonResult(
            lesson.id(),
            lesson.title().in(Messages.locale()),
            source,
            steps,
            StepTester.since(start),
            problem,
            cleanupProblems);
    listener.lessonFinished(result);
    return result;
  }

  private String prepare(Lesson lesson) {
    if (lesson.requires().images().isEmpty() && lesson.requires().services().isEmpty()) {
      return "";
    }
    LabPreparation preparation = new LabPreparation(engine.engine(), dataDirectory, listener, true);
    List<String> problems;
    synchronized (PREPARING) { // lessons side by side share images and services: one makes them
      problems = preparation.prepare(lesson.requires());
    }
    return problems.isEmpty()
        ? ""
        : Messages.get("test.prepareFailed", String.join("; ", problems));
  }

  /** Removes what the lesson creates; a problem sentence, or empty. */
  private String clean(Lesson lesson, Workspace workspace, Variables variables, String when) {
    CleanupReport report = new LessonCleanup(engine, workspace, variables).clean(lesson.creates());
    if (!report.removed().isEmpty()) {
      listener.line(Messages.get("test.removed", when, String.join(", ", report.removed())));
    }
    report.left().forEach(thing -> listener.line(Messages.get("test.left", when, thing)));
    return report.clean()
        ? ""
        : Messages.get("test.cleanFailed", when, String.join("; ", report.problems()));
  }

  private List<String> cleanAfter(Lesson lesson, Workspace workspace, Variables variables) {
    Thread.interrupted(); // A signal stopped the steps; the cleanup must still run to its end.
    try {
      String problem = clean(lesson, workspace, variables, Messages.get("test.cleanAfter"));
      if (!problem.isEmpty()) {
        listener.line(problem);
        return List.of(problem);
      }
      return List.of();
    } catch (EngineUnreachableException unreachable) {
      engineUnreachable = true;
      listener.line(unreachable.describe());
      return List.of(unreachable.describe());
    }
  }

  /** Runs the steps; a problem that stopped the whole lesson (an interruption), or empty. */
  private String runSteps(
      Lesson lesson, Workspace workspace, Variables variables, List<StepResult> steps) {
    List<StepSelection.Treatment> treatments = options.selection().treatments(lesson.steps());
    try (SolutionRunner runner =
            new SolutionRunner(
                workspace,
                variables,
                lesson.firstLanguage(),
                OutputStream.nullOutputStream(),
                options.interactiveTimeout());
        Checks checks =
            new Checks(
                new CheckContext(
                    engine,
                    workspace,
                    variables,
                    runner::lastOutput,
                    Messages.locale(),
                    lesson.requires().images()))) {
      runner.waitingWith(checks);
      StageSetup setup = new StageSetup(workspace, variables, lesson.firstLanguage());
      StepTester tester =
          new StepTester(
              runner, checks, options.window(), interruption::requested, stage(lesson, setup));
      // The steps in order, as a learner goes through them: on to the next once one is done.
      LessonSession session = LessonSession.open(lesson, new Progress(), LessonSession.Saver.NONE);
      try {
        while (true) {
          Step step = session.step();
          StepSelection.Treatment treatment = treatments.get(session.index());
          if (treatment == StepSelection.Treatment.SKIP || interruption.requested()) {
            break;
          }
          listener.stepStarted(step, treatment);
          long start = System.nanoTime();
          StepResult result;
          try {
            result =
                treatment == StepSelection.Treatment.CHECK
                    ? tester.check(step, start)
                    : tester.solveOnly(step, start);
          } finally {
            runner.stopBackground();
          }
          steps.add(result);
          listener.stepFinished(result);
          if (result.status() == StepStatus.FAILED
              || session.complete() == LessonSession.Move.LESSON_FINISHED) {
            break;
          }
        }
      } finally {
        engineUnreachable |= tester.engineUnreachable();
      }
      return interruption.requested() ? Messages.get("test.interrupted") : "";
    } catch (InterruptedException interrupted) {
      return Messages.get("test.interrupted");
    }
  }

  /**
   * The setup before each step: the lesson's before the first step tested, then the step's, as the
   * lab runs them when the lesson opens and a step becomes the current one.
   */
  private static StepTester.Stage stage(Lesson lesson, StageSetup setup) {
    boolean[] lessonStaged = {false};
    return step -> {
      if (!lessonStaged[0]) {
        lessonStaged[0] = true;
        Optional<String> problem = setup.lesson(lesson);
        if (problem.isPresent()) {
          return problem;
        }
      }
      return setup.step(step);
    };
  }

  /** Every step without a result is skipped, saying why. */
  private void skipTheRest(Lesson lesson, List<StepResult> steps, String problem) {
    boolean failed = steps.stream().anyMatch(step -> step.status() == StepStatus.FAILED);
    List<StepSelection.Treatment> treatments = options.selection().treatments(lesson.steps());
    for (int i = steps.size(); i < lesson.steps().size(); i++) {
      Step step = lesson.steps().get(i);
      String why;
      if (!problem.isEmpty()) {
        why = Messages.get("test.skipped.lessonProblem"); // the problem itself is the lesson's
      } else if (failed) {
        why = Messages.get("test.skipped.afterFailure");
      } else if (treatments.get(i) == StepSelection.Treatment.SKIP) {
        why = Messages.get("test.skipped.notSelected");
      } else {
        why = Messages.get("test.interrupted");
      }
      StepResult skipped =
          StepResult.skipped(step.id(), StepTester.title(step), Duration.ZERO, why);
      steps.add(skipped);
    }
  }
}
