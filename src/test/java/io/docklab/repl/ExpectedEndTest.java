package io.docklab.repl;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.docklab.exec.Variables;
import io.docklab.lesson.CommandAction;
import io.docklab.lesson.CommandMode;
import io.docklab.lesson.ExitExpectation;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A step's command that fails as the step expects gets no advice to put it right. */
class ExpectedEndTest {
  private static final String SCALE = "docker compose up -d --scale web=2";
  private static final List<CommandAction> STEP =
      List.of(
          new CommandAction("docker compose up -d", CommandMode.PLAIN, List.of()),
          new CommandAction(SCALE, CommandMode.PLAIN, List.of(), ExitExpectation.NONZERO, null));

  @Test
  void theStepsFailingCommandFailingIsExpected() {
    assertTrue(ExpectedEnd.failedAsExpected(STEP, Variables.NONE, SCALE, 1));
    assertTrue(
        ExpectedEnd.failedAsExpected(
            STEP, Variables.NONE, "  docker compose up -d \\\n  --scale   web=2 ", 1));
  }

  @Test
  void itSucceedingIsNot() {
    assertFalse(ExpectedEnd.failedAsExpected(STEP, Variables.NONE, SCALE, 0));
  }

  @Test
  void anExactStatusMustBeTheOne() {
    String run = "docker run -p 4003:80 web";
    List<CommandAction> step =
        List.of(
            new CommandAction(run, CommandMode.PLAIN, List.of(), ExitExpectation.of(125), null));
    assertTrue(ExpectedEnd.failedAsExpected(step, Variables.NONE, run, 125));
    assertFalse(ExpectedEnd.failedAsExpected(step, Variables.NONE, run, 1));
  }

  @Test
  void aCommandMeantToSucceedThatFailsIsNot() {
    assertFalse(ExpectedEnd.failedAsExpected(STEP, Variables.NONE, "docker compose up -d", 1));
  }

  @Test
  void aCommandOfNoStepIsNot() {
    assertFalse(ExpectedEnd.failedAsExpected(STEP, Variables.NONE, "docker run -p 4003:80 w", 1));
    assertFalse(ExpectedEnd.failedAsExpected(STEP, Variables.NONE, null, 1));
  }

  @Test
  void theCommandWithItsValuesInPlace() {
    List<CommandAction> step =
        List.of(
            new CommandAction(
                "docker run -p {{port}}:80 web",
                CommandMode.PLAIN,
                List.of(),
                ExitExpectation.NONZERO,
                null));
    Variables port = new Variables(Map.of("port", "4003"));
    assertTrue(ExpectedEnd.failedAsExpected(step, port, "docker run -p 4003:80 web", 125));
  }
}
