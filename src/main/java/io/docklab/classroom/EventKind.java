package io.docklab.classroom;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** What a learner's lab reports to the class (docs/classroom-api.md). */
public enum EventKind {
  STEP_STARTED("step-started"),
  STEP_DONE("step-done"),
  CHECK_FAILED("check-failed"),
  HINT_SHOWN("hint-shown"),
  SOLUTION_SHOWN("solution-shown"),
  LESSON_RESET("lesson-reset");

  private final String wire;

  EventKind(String wire) {
    this.wire = wire;
  }

  /** The kind's name in the API and the database. */
  public String wire() {
    return wire;
  }

  /** Whether an event of this kind names a step. */
  public boolean hasStep() {
    return this != LESSON_RESET;
  }

  public static Optional<EventKind> of(String wire) {
    return Arrays.stream(values()).filter(kind -> kind.wire.equals(wire)).findFirst();
  }

  /** Every kind's name, in order: what {@code join} says will be sent. */
  public static List<String> wires() {
    return Arrays.stream(values()).map(EventKind::wire).toList();
  }
}
