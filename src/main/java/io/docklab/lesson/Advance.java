package io.docklab.lesson;

/** How the lab moves on from a step once its checks pass. */
public enum Advance {
  /** At once: the step is done and the next one is shown. */
  AUTO("auto"),
  /**
   * When the learner says so: the lab says the state is reached and waits for {@code :next} or
   * {@code :check}, for steps that ask the learner to look at something. {@code docklab test} moves
   * on at once.
   */
  MANUAL("manual");

  private final String key;

  Advance(String key) {
    this.key = key;
  }

  /** The word lesson files use. */
  public String key() {
    return key;
  }
}
