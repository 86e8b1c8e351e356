package io.docklab.run;

import io.docklab.check.Checks;
import io.docklab.exec.CommandResult;
import io.docklab.exec.ForegroundCommand;
import io.docklab.exec.InteractiveRun;
import io.docklab.exec.ProcessLauncher;
import io.docklab.exec.PtyLauncher;
import io.docklab.exec.ScriptedInput;
import io.docklab.exec.ShellSession;
import io.docklab.exec.ShellState;
import io.docklab.exec.UserShell;
import io.docklab.exec.Variables;
import io.docklab.exec.Workspace;
import io.docklab.i18n.Messages;
import io.docklab.lesson.Action;
import io.docklab.lesson.CommandAction;
import io.docklab.lesson.FileAction;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Runs the actions of a step without a learner, as {@code docklab test} and {@code solve} do: files
 * are written into the workspace, plain commands run through one shell session (a {@code cd} and
 * exported variables carry over), interactive commands run on a pseudo-terminal fed the lesson's
 * scripted input within a time bound, and long-running commands are started in the background and
 * stopped by {@link #stopBackground()} at the end of the step. Values of variables are
 * shell-quoted.
 *
 * <p>One runner serves one lesson: make it when the lesson starts, call {@link #run} for each step
 * and {@link #stopBackground()} at each step's end, and close it when the lesson ends. Its shell
 * session lives as long as it does, so a {@code cd} or an {@code export} in one step holds in the
 * next, as in the learner's own terminal; in the lab it shares the prompt's {@link ShellState}.
 * Until it is closed, a shutdown hook stops what it still runs (long-running commands as Ctrl-C
 * would, an interactive container shell by a hang-up) when the JVM is ended by SIGTERM or SIGINT,
 * so that no server or container shell outlives docklab.
 *
 * <p>A problem sentence names the command as it ran, the values in it, except that a secret value
 * shows as {@code ******}, so that it never appears in a report.
 */
public final class SolutionRunner implements AutoCloseable {
  private final Workspace workspace;
  private final Variables variables;
  private final Variables shown;
  private final Locale language;
  private final OutputStream live;
  private final Duration interactiveTimeout;
  private final ProcessLauncher launcher;
  private final UserShell shell;
  private final ShellSession session;
  private final InteractiveRun interactive;
  private final BackgroundCommands background = new BackgroundCommands();
  private final Thread shutdownHook = new Thread(this::stopAtShutdown, "docklab-solution-stop");
  private volatile Supplier<String> lastOutput = () -> "";
  private ReadyWait readyWait;
  private CommandResult lastResult;
  private boolean closed;
  private volatile boolean interrupted;

  /**
   * A runner for one lesson: commands run on a pseudo-terminal when docklab itself runs on one,
   * else on pipes, through the user's shell. Files given in several languages are written in {@code
   * language}.
   */
  public SolutionRunner(
      Workspace workspace,
      Variables variables,
      Locale language,
      OutputStream live,
      Duration interactiveTimeout) {
    this(workspace, variables, language, live, interactiveTimeout, new ShellState(workspace));
  }

  /**
   * A runner for one lesson that carries {@code state}: it starts where the state's last command
   * left off, and the next command after it starts where its own last command did.
   */
  public SolutionRunner(
      Workspace workspace,
      Variables variables,
      Locale language,
      OutputStream live,
      Duration interactiveTimeout,
      ShellState state) {
    this(
        state,
        variables,
        language,
        live,
        interactiveTimeout,
        ProcessLauncher.matchingThisProcess(),
        PtyLauncher.sizedFromEnvironment(),
        UserShell.fromEnvironment());
  }

  /**
   * A runner for one lesson whose plain and long-running commands start through {@code launcher}
   * and whose interactive commands run on pseudo-terminals of {@code terminal}.
   */
  public SolutionRunner(
      Workspace workspace,
      Variables variables,
      Locale language,
      OutputStream live,
      Duration interactiveTimeout,
      ProcessLauncher launcher,
      PtyLauncher terminal,
      UserShell shell) {
    this(
        new ShellState(workspace),
        variables,
        language,
        live,
        interactiveTimeout,
        launcher,
        terminal,
        shell);
  }

  private SolutionRunner(
      ShellState state,
      Variables variables,
      Locale language,
      OutputStream live,
      Duration interactiveTimeout,
      ProcessLauncher launcher,
      PtyLauncher terminal,
      UserShell shell) {
    this.workspace = state.workspace();
    this.variables = variables;
    this.shown = variables.masked();
    this.language = language;
    this.live = live;
    this.interactiveTimeout = interactiveTimeout;
    this.launcher = launcher;
    this.shell = shell;
    this.session = new ShellSession(state, launcher, shell, live);
    this.interactive = new InteractiveRun(terminal, shell, live);
    Runtime.getRuntime().addShutdownHook(shutdownHook);
  }

  /**
   * From now on a command's {@code ready} is awaited with {@code checks} before the next action;
   * without them, running a command that has one is a programming error.
   */
  public SolutionRunner waitingWith(Checks checks) {
    this.readyWait = new ReadyWait(checks);
    return this;
  }

  /**
   * Runs {@code actions} in order, stopping at the first that fails (a command's non-zero exit, a
   * timeout, a file that escapes the workspace). Long-running commands stay running; one that has
   * already ended with a non-zero exit when the last action is done fails the step.
   */
  public SolutionOutcome run(List<Action> actions) throws IOException, InterruptedException {
    if (closed) {
      throw new IllegalStateException("this runner is closed");
    }
    for (Action action : actions) {
      if (interrupted) {
        return failed(action, Messages.get("run.command.interrupted", ""));
      }
      Optional<String> problem;
      try {
        problem = action instanceof FileAction file ? write(file) : execute((CommandAction) action);
      } catch (IllegalArgumentException unknownVariable) {
        problem = Optional.of(unknownVariable.getMessage());
      }
      if (interrupted) {
        String what = action instanceof CommandAction command ? shown(command) : "";
        return failed(action, Messages.get("run.command.interrupted", what));
      }
      if (problem.isEmpty() && action instanceof CommandAction command && command.ready() != null) {
        problem = awaitReady(command);
        if (interrupted) {
          return failed(action, Messages.get("run.command.interrupted", shown(command)));
        }
      }
      if (problem.isPresent()) {
        return failed(action, problem.get());
      }
    }
    Optional<BackgroundCommands.Ended> early = background.endedWithFailure();
    if (early.isPresent()) {
      return failed(early.get().action(), early.get().problem());
    }
    return new SolutionOutcome(Optional.empty(), "", Optional.ofNullable(lastResult));
  }

  /** Waits until what the command's {@code ready} names answers; the problem, or empty. */
  private Optional<String> awaitReady(CommandAction command) throws InterruptedException {
    if (readyWait == null) {
      throw new IllegalStateException("a ready wait needs checks: call waitingWith first");
    }
    return readyWait.await(command.ready(), () -> interrupted);
  }

  private SolutionOutcome failed(Action action, String problem) {
    return new SolutionOutcome(Optional.of(action), problem, Optional.ofNullable(lastResult));
  }

  private Optional<String> write(FileAction file) {
    String path = shown.text(file.path());
    try {
      workspace.writeFile(variables.text(file.path()), variables.text(file.content().in(language)));
      return Optional.empty();
    } catch (IllegalArgumentException refused) { // Escapes the workspace, or no valid path.
      return Optional.of(Messages.get("run.file.refused", path, refused.getMessage()));
    } catch (IOException failed) {
      return Optional.of(Messages.get("run.file.failed", path, String.valueOf(failed)));
    }
  }

  /** The command as it runs, a secret value shown as {@code ******}, for problem sentences. */
  private String shown(CommandAction command) {
    return shown.commandShown(command.run());
  }

  private Optional<String> execute(CommandAction command) throws IOException, InterruptedException {
    String commandLine = variables.command(command.run());
    try {
      return switch (command.mode()) {
        case PLAIN -> plain(command, commandLine);
        case INTERACTIVE -> interactive(command, commandLine);
        case LONG_RUNNING -> longRunning(command, commandLine);
      };
    } catch (IOException notStarted) {
      return Optional.of(
          Messages.get("run.command.notStarted", shown(command), String.valueOf(notStarted)));
    }
  }

  private Optional<String> plain(CommandAction command, String commandLine)
      throws IOException, InterruptedException {
    CommandResult result = session.run(commandLine);
    return ended(command, result);
  }

  private Optional<String> interactive(CommandAction command, String commandLine)
      throws IOException, InterruptedException {
    ScriptedInput input =
        ScriptedInput.lines(command.input().stream().map(variables::text).toList());
    CommandResult result =
        interactive.run(
            session.state().restoring(commandLine),
            session.currentDirectory(),
            input,
            interactiveTimeout);
    if (result.timedOut()) {
      lastResult = result;
      lastOutput = result::output;
      return Optional.of(
          Messages.get("run.command.timedOut", shown(command), interactiveTimeout.toSeconds()));
    }
    return ended(command, result);
  }

  private Optional<String> ended(CommandAction command, CommandResult result) {
    lastResult = result;
    lastOutput = result::output;
    if (command.exitCode().accepts(result.exitCode())) {
      return Optional.empty();
    }
    return Optional.of(
        command.exitCode().isZero()
            ? Messages.get("run.command.exited", shown(command), result.exitCode())
            : Messages.get(
                "run.command.unexpectedExit",
                shown(command),
                command.exitCode(),
                result.exitCode()));
  }

  private Optional<String> longRunning(CommandAction command, String commandLine)
      throws IOException {
    ForegroundCommand started =
        ForegroundCommand.start(
            launcher,
            shell,
            session.currentDirectory(),
            session.state().restoring(commandLine),
            live);
    background.add(command, shown(command), started);
    lastOutput = started::output;
    return Optional.empty();
  }

  /**
   * Ctrl-C from another thread while {@link #run} runs: the command now running is interrupted as a
   * shell would (SIGINT to its process group; an interactive one is hung up), and {@link #run}
   * stops there and reports the interruption. Long-running commands already started stay until
   * {@link #close}.
   */
  public void interrupt() throws InterruptedException {
    interrupted = true;
    session.interrupt();
    interactive.hangUp();
  }

  /** What the last command printed (a background command's output so far when it was last). */
  public String lastOutput() {
    return lastOutput.get();
  }

  /**
   * Interrupts the long-running commands started by this step, as Ctrl-C would, and waits for them
   * to end (each gets {@link ForegroundCommand#DEFAULT_GRACE} before it is killed).
   *
   * @return a failed outcome when one of them had ended by itself with a non-zero exit before it
   *     was to be stopped (a server that could not start, say), else a successful one
   */
  public SolutionOutcome stopBackground() throws InterruptedException {
    Optional<BackgroundCommands.Ended> failure = background.stopAll();
    return failure
        .map(ended -> failed(ended.action(), ended.problem()))
        .orElseGet(
            () -> new SolutionOutcome(Optional.empty(), "", Optional.ofNullable(lastResult)));
  }

  /** Stops the background commands and forgets the shutdown hook; the runner is done. */
  @Override
  public void close() throws InterruptedException {
    closed = true;
    try {
      stopBackground();
    } finally {
      try {
        Runtime.getRuntime().removeShutdownHook(shutdownHook);
      } catch (IllegalStateException shuttingDown) {
        // The hook is running or about to: it does the same.
      }
    }
  }

  private void stopAtShutdown() {
    Thread hangUp =
        new Thread(
            () -> {
              try {
                interactive.hangUp();
              } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
              }
            },
            "docklab-interactive-stop");
    hangUp.start();
    session.interrupt();
    try {
      background.stopAll();
      hangUp.join();
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
    }
  }
}
