package io.docklab.repl;

import io.docklab.i18n.Messages;
import io.docklab.lesson.Step;
import io.docklab.run.StageSetup;
import java.util.Optional;
import org.jline.terminal.Terminal;

/**
 * Runs setup in the lab, quietly: the lesson's when the lesson opens and after {@code :reset
 * lesson}, a step's when it becomes the current one (also on resume, and again after {@code
 * :reset}). A setup that fails is said in one line, and the lab goes on. Ctrl-C stops it.
 */
final class LabSetup {
  private final LabContext lab;
  private OpenLesson stagedLesson;
  private int stagedStep = -1;

  LabSetup(LabContext lab) {
    this.lab = lab;
  }

  /** Runs the setup of the open lesson; its steps' setup runs anew from now on. */
  void lesson() {
    OpenLesson open = lab.lesson();
    stagedLesson = open;
    stagedStep = -1;
    run(open, setup -> setup.lesson(open.session().lesson()));
  }

  /** Runs the current step's setup, unless it ran since the step became the current one. */
  void stepIfNew() {
    OpenLesson open = lab.lesson();
    int index = open.session().index();
    if (open == stagedLesson && index == stagedStep) {
      return;
    }
    stagedLesson = open;
    stagedStep = index;
    Step step = open.session().step();
    run(open, setup -> setup.step(step));
  }

  /** The current step's setup runs again when the step is next shown. */
  void again() {
    stagedStep = -1;
  }

  private interface Run {
    Optional<String> on(StageSetup setup) throws InterruptedException;
  }

  private void run(OpenLesson open, Run run) {
    StageSetup setup = new StageSetup(open.workspace(), open.variables(), Messages.locale());
    Terminal terminal = lab.screen().terminal();
    Terminal.SignalHandler before = terminal.handle(Terminal.Signal.INT, signal -> stop(setup));
    try {
      run.on(setup).ifPresent(problem -> lab.say(lab.style().warn(problem)));
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
    } finally {
      terminal.handle(Terminal.Signal.INT, before);
    }
  }

  private static void stop(StageSetup setup) {
    try {
      setup.interrupt();
    } catch (InterruptedException leaving) {
      Thread.currentThread().interrupt();
    }
  }
}
