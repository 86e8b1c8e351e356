package io.docklab.repl;

import io.docklab.check.CheckContext;
import io.docklab.check.Checks;
import io.docklab.docker.EngineAccess;
import io.docklab.exec.UserShell;
import io.docklab.exec.Variables;
import io.docklab.exec.Workspace;
import io.docklab.i18n.Messages;
import io.docklab.repl.render.Style;
import io.docklab.session.LessonSession;
import io.docklab.util.AnsiText;
import java.util.function.Supplier;

/**
 * The lesson open in the lab: the learner's place in it, its workspace and the shell that runs
 * their commands there, the values of its variables and the checks that use them, and what the last
 * command printed (for {@code output} checks).
 */
final class OpenLesson implements AutoCloseable {
  private final LessonSession session;
  private final Workspace workspace;
  private final TerminalCommandRunner runner;
  private final EngineAccess engine;
  private final Style style;
  private volatile Supplier<String> lastOutput;
  private Variables variables;
  private Checks checks;
  private StepChecks stepChecks;
  private AfterCommand afterCommand;

  OpenLesson(
      LessonSession session,
      Workspace workspace,
      Screen screen,
      EngineAccess engine,
      Variables variables) {
    this.session = session;
    this.workspace = workspace;
    this.runner =
        new TerminalCommandRunner(
            screen.terminal(), workspace, UserShell.fromEnvironment(), screen);
    this.engine = engine;
    this.style = screen.style();
    outputOfLastCommand();
    use(variables);
  }

  LessonSession session() {
    return session;
  }

  Workspace workspace() {
    return workspace;
  }

  TerminalCommandRunner runner() {
    return runner;
  }

  Variables variables() {
    return variables;
  }

  StepChecks stepChecks() {
    return stepChecks;
  }

  /** The lesson's checks, for what a reference solution waits for ({@code ready}). */
  Checks checks() {
    return checks;
  }

  AfterCommand afterCommand() {
    return afterCommand;
  }

  EngineAccess engine() {
    return engine;
  }

  /** {@code output} checks read what the last command typed at the prompt printed. */
  void outputOfLastCommand() {
    lastOutput = () -> AnsiText.strip(runner.tail().text());
  }

  /** {@code output} checks read {@code output} (what a solution run printed last). */
  void lastOutput(String output) {
    String stripped = AnsiText.strip(output);
    lastOutput = () -> stripped;
  }

  /** The lesson's variable values as they now are, for commands, files and checks. */
  void use(Variables values) {
    if (checks != null) {
      checks.close();
    }
    variables = values;
    checks =
        new Checks(
            new CheckContext(
                engine,
                workspace,
                values,
                () -> lastOutput.get(),
                Messages.locale(),
                session.lesson().requires().images()));
    stepChecks = new StepChecks(checks, style, session::checkFailed);
    afterCommand = new AfterCommand(stepChecks, style);
  }

  @Override
  public void close() {
    checks.close();
  }
}
