package io.docklab.lessontest;

import static io.docklab.lessontest.StepSelection.Treatment.CHECK;
import static io.docklab.lessontest.StepSelection.Treatment.SKIP;
import static io.docklab.lessontest.StepSelection.Treatment.SOLVE_ONLY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.docklab.lesson.Step;
import io.docklab.lesson.Text;
import io.docklab.lesson.check.Matcher;
import io.docklab.lesson.check.OutputCheck;
import java.util.List;
import org.junit.jupiter.api.Test;

class StepSelectionTest {
  private static final List<Step> STEPS = List.of(step("a"), step("b"), step("c"), step("d"));

  private static Step step(String id) {
    return new Step(
        id,
        Text.EMPTY,
        Text.EMPTY,
        List.of(),
        List.of(new OutputCheck(Matcher.contains("x"), Text.EMPTY)),
        List.of(),
        List.of());
  }

  @Test
  void allChecksEveryStep() {
    assertEquals(List.of(CHECK, CHECK, CHECK, CHECK), StepSelection.ALL.treatments(STEPS));
  }

  @Test
  void stepSolvesTheEarlierStepsChecksItAndSkipsTheLater() {
    assertEquals(
        List.of(SOLVE_ONLY, SOLVE_ONLY, CHECK, SKIP), StepSelection.only("c").treatments(STEPS));
  }

  @Test
  void fromSolvesTheEarlierStepsAndChecksTheRest() {
    assertEquals(
        List.of(SOLVE_ONLY, CHECK, CHECK, CHECK), StepSelection.from("b").treatments(STEPS));
  }

  @Test
  void aSelectionAppliesOnlyToALessonWithThatStep() {
    io.docklab.lesson.Lesson lesson =
        new io.docklab.lesson.Lesson(
            "l",
            Text.EMPTY,
            Text.EMPTY,
            Text.EMPTY,
            List.of("en"),
            1,
            io.docklab.lesson.Requirements.NONE,
            List.of(),
            STEPS,
            io.docklab.lesson.Creates.NOTHING);
    assertTrue(StepSelection.only("d").appliesTo(lesson));
    assertFalse(StepSelection.from("zz").appliesTo(lesson));
    assertTrue(StepSelection.ALL.appliesTo(lesson));
  }
}
