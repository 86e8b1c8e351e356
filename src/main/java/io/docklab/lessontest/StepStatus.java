package io.docklab.lessontest;

/** How a step of a test run ended. */
public enum StepStatus {
  /** Its checks failed before the work and passed after the reference solution. */
  PASSED("passed"),
  /** A check passed before the work, the solution failed, or a check did not pass after it. */
  FAILED("failed"),
  /** Not checked: an earlier step failed, or {@code --step}/{@code --from} left it out. */
  SKIPPED("skipped");

  private final String key;

  StepStatus(String key) {
    this.key = key;
  }

  /** The word reports use. */
  public String key() {
    return key;
  }
}
