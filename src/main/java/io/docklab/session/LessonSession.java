package io.docklab.session;

import io.docklab.lesson.Lesson;
import io.docklab.lesson.Step;
import io.docklab.lesson.Text;
import io.docklab.progress.Progress;
import java.util.Optional;
import java.util.Set;

/**
 * The learner's place in one lesson: the current step, the hints shown on it, and which steps are
 * done. Every change that is progress (a step done or undone, the current step) is handed to the
 * {@link Saver} at once. Safe to call from a second thread (a step that passes while its command
 * still runs).
 */
public final class LessonSession {

  /** Keeps the progress somewhere (the lab: the progress file; {@code docklab test}: nowhere). */
  @FunctionalInterface
  public interface Saver {
    Saver NONE = progress -> {};

    void save(Progress progress);
  }

  /**
   * Told what the learner does in the lesson, as it happens (the class's reporter: docklab class
   * join); on the lab's thread, so it must return at once.
   */
  public interface Listener {
    Listener NONE = new Listener() {};

    default void stepStarted(Lesson lesson, Step step) {}

    default void stepDone(Lesson lesson, Step step) {}

    /** A failed check shown to the learner: its expected-versus-found sentence. */
    default void checkFailed(Lesson lesson, Step step, String line) {}

    default void hintShown(Lesson lesson, Step step) {}

    default void solutionShown(Lesson lesson, Step step) {}

    default void lessonReset(Lesson lesson) {}
  }

  /** Where a move took the learner. */
  public enum Move {
    /** To another step. */
    MOVED,
    /** To the next step, leaving the current one not done. */
    MOVED_PAST_UNDONE,
    /** Nowhere: the current step is the last one. */
    AT_LAST,
    /** Nowhere: the current step is the first one. */
    AT_FIRST,
    /** Nowhere: every step of the lesson is done. */
    LESSON_FINISHED
  }

  /** A hint shown: the {@code number}th of {@code total}. */
  public record Hint(int number, int total, Text text) {}

  private final Lesson lesson;
  private final Progress progress;
  private final Saver saver;
  private final Listener listener;
  private int index;
  private int hintsShown;

  /** The current step is manual and its checks have passed: the lab waits for {@code :next}. */
  private boolean reached;

  private LessonSession(Lesson lesson, Progress progress, Saver saver, Listener listener) {
    if (lesson.steps().isEmpty()) {
      throw new IllegalArgumentException("lesson " + lesson.id() + " has no steps");
    }
    this.lesson = lesson;
    this.progress = progress;
    this.saver = saver;
    this.listener = listener;
    this.index = firstUnfinished();
  }

  /**
   * The session of {@code lesson} with what {@code progress} says is done: at the first step not
   * done yet, or at the last step when the lesson is finished.
   */
  public static LessonSession open(Lesson lesson, Progress progress, Saver saver) {
    return new LessonSession(lesson, progress, saver, Listener.NONE);
  }

  /** As {@link #open(Lesson, Progress, Saver)}, telling {@code listener} what the learner does. */
  public static LessonSession open(
      Lesson lesson, Progress progress, Saver saver, Listener listener) {
    return new LessonSession(lesson, progress, saver, listener);
  }

  /** The lesson is on the screen: its current step is started, unless the lesson is finished. */
  public synchronized void shown() {
    if (open()) {
      listener.stepStarted(lesson, step());
    }
  }

  /**
   * A failed check of the current step was shown: {@code line} says what was expected and found.
   */
  public void checkFailed(String line) {
    listener.checkFailed(lesson, step(), line);
  }

  /** The current step's solution was shown. */
  public void solutionShown() {
    listener.solutionShown(lesson, step());
  }

  public Lesson lesson() {
    return lesson;
  }

  /** The current step's index, from 0. */
  public synchronized int index() {
    return index;
  }

  /** The current step's number, from 1, as the learner sees it. */
  public synchronized int number() {
    return index + 1;
  }

  public int size() {
    return lesson.steps().size();
  }

  public synchronized Step step() {
    return lesson.steps().get(index);
  }

  /** The steps done, by id. */
  public Set<String> done() {
    return progress.done(lesson.id());
  }

  public boolean isDone(Step step) {
    return done().contains(step.id());
  }

  /** True when no step is done yet: the lesson is new to the learner. */
  public boolean isNew() {
    return done().isEmpty();
  }

  /** True when every step is done. */
  public boolean finished() {
    Set<String> done = done();
    return lesson.steps().stream().allMatch(step -> done.contains(step.id()));
  }

  /** True while the current step can still be completed: it is not done, nor is the lesson. */
  public synchronized boolean open() {
    return !finished() && !isDone(step());
  }

  /** {@code :next}: the next step, done or not. */
  public synchronized Move next() {
    if (index + 1 >= size()) {
      return Move.AT_LAST;
    }
    boolean undone = !isDone(step());
    moveTo(index + 1);
    return undone ? Move.MOVED_PAST_UNDONE : Move.MOVED;
  }

  /** {@code :back}: the previous step. */
  public synchronized Move back() {
    if (index == 0) {
      return Move.AT_FIRST;
    }
    moveTo(index - 1);
    return Move.MOVED;
  }

  /** The current step is done: marks it and {@link #advance advances}. */
  public synchronized Move complete() {
    markDone(step());
    return advance();
  }

  /** Marks {@code step} done (it may have passed while its command ran) and saves. */
  public void markDone(Step step) {
    boolean already = isDone(step);
    progress.markDone(lesson.id(), step.id());
    saver.save(progress);
    if (!already) {
      listener.stepDone(lesson, step);
    }
  }

  /**
   * After a step is done: on to the next step (or back to the first one not done, after the last),
   * or nowhere when the lesson is finished.
   */
  public synchronized Move advance() {
    if (finished()) {
      saver.save(progress);
      return Move.LESSON_FINISHED;
    }
    moveTo(index + 1 < size() ? index + 1 : firstUnfinished());
    return Move.MOVED;
  }

  /**
   * The current step's checks passed and it waits for the learner ({@code advance: manual}); true
   * the first time, so that the lab says so once.
   */
  public synchronized boolean markReached() {
    boolean first = !reached;
    reached = true;
    return first;
  }

  /** True when the current step is manual and its state has been reached. */
  public synchronized boolean reached() {
    return reached;
  }

  /** The next hint of the current step; empty when it has none or all were shown. */
  public synchronized Optional<Hint> nextHint() {
    var hints = step().hints();
    if (hintsShown >= hints.size()) {
      return Optional.empty();
    }
    hintsShown++;
    listener.hintShown(lesson, step());
    return Optional.of(new Hint(hintsShown, hints.size(), hints.get(hintsShown - 1)));
  }

  /** {@code :reset}: the current step is not done any more, its hints start again. */
  public synchronized void resetStep() {
    progress.markNotDone(lesson.id(), step().id());
    hintsShown = 0;
    reached = false;
    saver.save(progress);
  }

  /** {@code :reset lesson}: no step is done, the learner is at the first one. */
  public synchronized void resetLesson() {
    progress.clear(lesson.id());
    index = 0;
    hintsShown = 0;
    reached = false;
    saver.save(progress);
    listener.lessonReset(lesson);
    listener.stepStarted(lesson, step());
  }

  /** Saves the progress as it is (when the learner leaves, or after a setting changed). */
  public void save() {
    saver.save(progress);
  }

  private void moveTo(int newIndex) {
    index = newIndex;
    hintsShown = 0;
    reached = false;
    progress.setCurrent(lesson.id(), step().id());
    saver.save(progress);
    if (!isDone(step())) {
      listener.stepStarted(lesson, step());
    }
  }

  private int firstUnfinished() {
    Set<String> done = done();
    for (int i = 0; i < size(); i++) {
      if (!done.contains(lesson.steps().get(i).id())) {
        return i;
      }
    }
    return size() - 1;
  }
}
