package io.docklab.run;

import io.docklab.exec.CommandResult;
import io.docklab.exec.ForegroundCommand;
import io.docklab.i18n.Messages;
import io.docklab.lesson.CommandAction;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The long-running commands a step started, still running while its checks look at them, and
 * stopped together at the step's end (or when docklab is ended).
 */
final class BackgroundCommands {
  /** A command that ended by itself with a non-zero exit, and the sentence that says so. */
  record Ended(CommandAction action, String problem) {}

  /** A command started in the background; {@code shown} is how problem sentences name it. */
  private record Running(CommandAction action, String shown, ForegroundCommand command) {}

  private final List<Running> running = new ArrayList<>();

  synchronized void add(CommandAction action, String shown, ForegroundCommand command) {
    running.add(new Running(action, shown, command));
  }

  /**
   * The first command that has already ended by itself with a non-zero exit, if any; it is then
   * forgotten, being reported.
   */
  synchronized Optional<Ended> endedWithFailure() throws InterruptedException {
    for (Running entry : running) {
      if (!entry.command().isRunning()) {
        Optional<Ended> failure = failure(entry, entry.command().waitFor());
        if (failure.isPresent()) {
          running.remove(entry);
          return failure;
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Interrupts every command still running, all at once, and waits for each to end. Returns the
   * first that had ended by itself with a non-zero exit before.
   */
  Optional<Ended> stopAll() throws InterruptedException {
    List<Running> stopping;
    synchronized (this) {
      stopping = List.copyOf(running);
      running.clear();
    }
    List<Thread> stoppers = new ArrayList<>();
    List<CommandResult> results = new ArrayList<>();
    for (Running entry : stopping) {
      results.add(null);
      int index = results.size() - 1;
      Thread stopper =
          new Thread(
              () -> {
                try {
                  CommandResult result = entry.command().interrupt(ForegroundCommand.DEFAULT_GRACE);
                  synchronized (results) {
                    results.set(index, result);
                  }
                } catch (InterruptedException interrupted) {
                  Thread.currentThread().interrupt();
                }
              },
              "docklab-background-stop");
      stopper.start();
      stoppers.add(stopper);
    }
    for (Thread stopper : stoppers) {
      stopper.join();
    }
    synchronized (results) {
      for (int i = 0; i < stopping.size(); i++) {
        if (results.get(i) != null) {
          Optional<Ended> failure = failure(stopping.get(i), results.get(i));
          if (failure.isPresent()) {
            return failure;
          }
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<Ended> failure(Running entry, CommandResult result) {
    if (result.ending() != CommandResult.Ending.EXITED || result.exitCode() == 0) {
      return Optional.empty();
    }
    return Optional.of(
        new Ended(
            entry.action(),
            Messages.get("run.background.exited", entry.shown(), result.exitCode())));
  }
}
