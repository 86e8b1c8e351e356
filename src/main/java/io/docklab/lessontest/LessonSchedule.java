package io.docklab.lessontest;

import java.util.ArrayList;
import java.util.List;

/**
 * Which lesson a free worker tests next: the first one waiting, in the run's order, whose footprint
 * collides with no lesson running. A worker waits while every waiting lesson collides with one
 * running, and gets -1 once none is left.
 */
final class LessonSchedule {
  private final List<LessonFootprint> footprints;
  private final List<Integer> waiting = new ArrayList<>();
  private final List<Integer> running = new ArrayList<>();
  private boolean closed;

  LessonSchedule(List<LessonFootprint> footprints) {
    this.footprints = List.copyOf(footprints);
    for (int i = 0; i < footprints.size(); i++) {
      waiting.add(i);
    }
  }

  /** The index of the next lesson to test, or -1 when there is none left. */
  synchronized int take() throws InterruptedException {
    while (true) {
      if (closed || waiting.isEmpty()) {
        return -1;
      }
      for (Integer candidate : waiting) {
        if (running.stream()
            .noneMatch(r -> footprints.get(r).collidesWith(footprints.get(candidate)))) {
          waiting.remove(candidate);
          running.add(candidate);
          return candidate;
        }
      }
      wait();
    }
  }

  synchronized void done(int index) {
    running.remove(Integer.valueOf(index));
    notifyAll();
  }

  /** No lesson starts any more (Ctrl-C, or the engine went away). */
  synchronized void close() {
    closed = true;
    notifyAll();
  }

  synchronized int runningCount() {
    return running.size();
  }
}
