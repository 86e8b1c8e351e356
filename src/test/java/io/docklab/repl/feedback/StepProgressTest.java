package io.docklab.repl.feedback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
class StepProgressTest {
  private static final List<String> SHOWN =
      List.of("docker image rm r/a/x:part2", "docker run r/a/x:part2");
  private static final List<String> RAW =
      List.of("docker image rm {{registry}}/{{account}}/x:part2", "docker run {{registry}}/x");

  @Test
  void theFirstOfTwoLeavesTheSecond() {
    StepProgress progress = new StepProgress();
    StepProgress.Place place =
        progress.typed("s", "docker  image rm r/a/x:part2 ", SHOWN, RAW).get();
    assertEquals(new StepProgress.Place(1, 2, List.of("docker run r/a/x:part2")), place);
  }

  @Test
  void theLastIsMeantToFinish() {
    StepProgress progress = new StepProgress();
    assertTrue(progress.typed("s", "docker run r/a/x:part2", SHOWN, RAW).get().last());
    // What comes after the first command was typed already: the first now finishes the step.
    assertTrue(progress.typed("s", "docker image rm r/a/x:part2", SHOWN, RAW).get().last());
  }

  @Test
  void aFailedCommandIsNotDoneAndStaysToDo() {
    StepProgress progress = new StepProgress();
    StepProgress.Place place =
        progress.failed("s", "docker image rm r/a/x:part2", SHOWN, RAW).get();
    assertEquals(new StepProgress.Place(0, 2, SHOWN), place);
    progress.typed("s", "docker image rm r/a/x:part2", SHOWN, RAW);
    // Run again and failed: the earlier success no longer counts.
    place = progress.failed("s", "docker image rm r/a/x:part2", SHOWN, RAW).get();
    assertEquals(0, place.done());
    assertTrue(progress.failed("s", "echo other", SHOWN, RAW).isEmpty());
  }

  @Test
  void typedBeforeCountsInTheSameStepOnly() {
    StepProgress progress = new StepProgress();
    progress.typed("s", "docker image rm r/a/x:part2", SHOWN, RAW);
    assertEquals(2, progress.typed("s", "docker run r/a/x:part2", SHOWN, RAW).get().done());
    assertEquals(1, progress.typed("t", "docker run r/a/x:part2", SHOWN, RAW).get().done());
  }

  @Test
  void otherCommandsAreNotPlaced() {
    assertEquals(Optional.empty(), new StepProgress().typed("s", "ls", SHOWN, RAW));
  }

  @Test
  void theLessonsOwnTextMatchesToo() {
    assertEquals(
        1,
        new StepProgress()
            .typed("s", "docker image rm {{registry}}/{{account}}/x:part2", SHOWN, RAW)
            .get()
            .done());
  }
}
