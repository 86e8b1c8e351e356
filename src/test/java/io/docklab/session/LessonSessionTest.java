package io.docklab.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.docklab.lesson.Creates;
import io.docklab.lesson.Lesson;
import io.docklab.lesson.Requirements;
import io.docklab.lesson.Step;
import io.docklab.lesson.Text;
import io.docklab.progress.Progress;
import io.docklab.session.LessonSession.Move;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
class LessonSessionTest {
  private static final Lesson LESSON =
      lesson(step("one", "gentle", "exact"), step("two"), step("three"));

  private final Progress progress = new Progress();
  private final AtomicInteger saves = new AtomicInteger();
  private final LessonSession.Saver saver = saved -> saves.incrementAndGet();

  @Test
  void aNewLessonStartsAtItsFirstStep() {
    LessonSession session = LessonSession.open(LESSON, progress, saver);
    assertEquals(0, session.index());
    assertEquals(1, session.number());
    assertEquals("one", session.step().id());
    assertTrue(session.isNew());
    assertTrue(session.open());
    assertFalse(session.finished());
    assertEquals(0, saves.get(), "opening saves nothing");
  }

  @Test
  void aLessonBegunOpensAtTheFirstStepNotDone() {
    progress.markDone("demo", "one");
    progress.markDone("demo", "three");
    LessonSession session = LessonSession.open(LESSON, progress, saver);
    assertEquals("two", session.step().id());
    assertFalse(session.isNew());
  }

  @Test
  void aFinishedLessonOpensAtItsLastStepAndIsNotOpen() {
    List.of("one", "two", "three").forEach(id -> progress.markDone("demo", id));
    LessonSession session = LessonSession.open(LESSON, progress, saver);
    assertEquals(3, session.number());
    assertTrue(session.finished());
    assertFalse(session.open());
  }

  @Test
  void completingStepsAdvancesUntilTheLessonIsFinished() {
    LessonSession session = LessonSession.open(LESSON, progress, saver);
    assertEquals(Move.MOVED, session.complete());
    assertEquals("two", session.step().id());
    assertEquals(Optional.of("two"), progress.current("demo"));
    assertEquals(Move.MOVED, session.complete());
    assertEquals(Move.LESSON_FINISHED, session.complete());
    assertEquals("three", session.step().id(), "the last step stays the current one");
    assertEquals(Set.of("one", "two", "three"), progress.done("demo"));
    assertTrue(saves.get() >= 3, "every step done is saved: " + saves.get());
  }

  @Test
  void afterTheLastStepTheFirstOneNotDoneIsNext() {
    LessonSession session = LessonSession.open(LESSON, progress, saver);
    session.next();
    session.next();
    assertEquals(Move.MOVED, session.complete());
    assertEquals("one", session.step().id());
  }

  @Test
  void nextSaysWhenItLeavesAStepNotDoneAndStopsAtTheLast() {
    LessonSession session = LessonSession.open(LESSON, progress, saver);
    assertEquals(Move.MOVED_PAST_UNDONE, session.next());
    progress.markDone("demo", "two");
    assertEquals(Move.MOVED, session.next());
    assertEquals(Move.AT_LAST, session.next());
    assertEquals(3, session.number());
    assertEquals(Move.MOVED, session.back());
    assertEquals(Move.MOVED, session.back());
    assertEquals(Move.AT_FIRST, session.back());
    assertEquals(1, session.number());
  }

  @Test
  void hintsComeOneAtATimeAndStartAgainOnAnotherStep() {
    LessonSession session = LessonSession.open(LESSON, progress, saver);
    LessonSession.Hint first = session.nextHint().orElseThrow();
    assertEquals(1, first.number());
    assertEquals(2, first.total());
    assertEquals("gentle", first.text().in(java.util.Locale.ENGLISH));
    assertEquals("exact", session.nextHint().orElseThrow().text().in(java.util.Locale.ENGLISH));
    assertEquals(Optional.empty(), session.nextHint());
    session.next();
    assertEquals(Optional.empty(), session.nextHint(), "step two has none");
    session.back();
    assertEquals(1, session.nextHint().orElseThrow().number());
  }

  @Test
  void aStepPassedWhileItsCommandRanIsDoneThenTheSessionAdvances() {
    LessonSession session = LessonSession.open(LESSON, progress, saver);
    Step watched = session.step();
    session.markDone(watched);
    assertFalse(session.open());
    assertTrue(session.isDone(watched));
    assertEquals(Move.MOVED, session.advance());
    assertEquals("two", session.step().id());
  }

  @Test
  void resettingAStepUndoesItAndItsHints() {
    LessonSession session = LessonSession.open(LESSON, progress, saver);
    session.nextHint();
    session.markDone(session.step());
    session.resetStep();
    assertEquals(Set.of(), progress.done("demo"));
    assertEquals(1, session.nextHint().orElseThrow().number());
  }

  @Test
  void resettingTheLessonForgetsItsStepsButKeepsChosenValues() {
    progress.choose("demo", "account", "alice");
    LessonSession session = LessonSession.open(LESSON, progress, saver);
    session.complete();
    session.complete();
    session.resetLesson();
    assertEquals(1, session.number());
    assertTrue(session.isNew());
    assertEquals("alice", progress.chosen("demo").get("account"));
  }

  private static Step step(String id, String... hints) {
    return new Step(
        id,
        Text.same("Step " + id, List.of("en")),
        Text.EMPTY,
        List.of(),
        List.of(),
        java.util.Arrays.stream(hints).map(hint -> Text.same(hint, List.of("en"))).toList(),
        List.of());
  }

  private static Lesson lesson(Step... steps) {
    return new Lesson(
        "demo",
        Text.same("Demo", List.of("en")),
        Text.EMPTY,
        Text.EMPTY,
        List.of("en"),
        5,
        Requirements.NONE,
        List.of(),
        List.of(steps),
        Creates.NOTHING);
  }

  @Test
  void aReachedStateIsSaidOnceAndForgottenOnAnyMove() {
    LessonSession session = LessonSession.open(LESSON, progress, saver);
    assertFalse(session.reached());
    assertTrue(session.markReached(), "the first time");
    assertFalse(session.markReached(), "not twice");
    assertTrue(session.reached());
    assertFalse(session.isDone(session.step()), "reached is not done");
    session.next();
    assertFalse(session.reached());
    session.markReached();
    session.resetStep();
    assertFalse(session.reached());
  }
}
