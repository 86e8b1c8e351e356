package io.docklab.repl;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.docklab.lesson.Action;
import io.docklab.lesson.CommandAction;
import io.docklab.lesson.CommandMode;
import io.docklab.lesson.FileAction;
import io.docklab.lesson.Step;
import io.docklab.lesson.Text;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
class AfterCommandTest {
  private static CommandAction command(String run) {
    return new CommandAction(run, CommandMode.PLAIN, List.of());
  }

  private static Step step(List<Action> actions, List<Action> solution) {
    return new Step("s", Text.EMPTY, Text.EMPTY, actions, List.of(), List.of(), solution);
  }

  @Test
  void aStepWhoseSolutionIsItsCommandsAsksNothingMore() {
    assertFalse(AfterCommand.moreThanItsCommands(step(List.of(command("ls")), List.of())));
    assertFalse(
        AfterCommand.moreThanItsCommands(
            step(List.of(command("ls"), command("pwd")), List.of(command("pwd")))));
  }

  @Test
  void aSolutionWithCommandsOrFilesNotShownAsksMore() {
    assertTrue(
        AfterCommand.moreThanItsCommands(
            step(List.of(command("cat x")), List.of(command("docker run -d busybox")))));
    assertTrue(
        AfterCommand.moreThanItsCommands(
            step(
                List.of(command("docker build -t a .")),
                List.of(
                    new FileAction("Dockerfile", Text.EMPTY), command("docker build -t a .")))));
  }
}
