package io.docklab.lesson;

import java.util.Objects;

/**
 * The exit status a command is expected to end with: one number from 0 to 255 ({@code 0} unless the
 * lesson says otherwise), or any status but 0 ({@code nonzero}), for a command that is meant to
 * fail and is shown and run as it is.
 */
public final class ExitExpectation {
  /** The word lesson files use for "any status but 0". */
  public static final String NONZERO_WORD = "nonzero";

  /** A command that succeeds: the default. */
  public static final ExitExpectation ZERO = new ExitExpectation(0);

  /** A command meant to fail, whatever its status. */
  public static final ExitExpectation NONZERO = new ExitExpectation(-1);

  public static final int MAX = 255;

  /** The status expected, or -1 for any but 0. */
  private final int status;

  private ExitExpectation(int status) {
    this.status = status;
  }

  /** Exactly {@code status}, 0 to 255. */
  public static ExitExpectation of(int status) {
    if (status < 0 || status > MAX) {
      throw new IllegalArgumentException("exit status out of range: " + status);
    }
    return status == 0 ? ZERO : new ExitExpectation(status);
  }

  /** True when a command that ended with {@code exitCode} ended as expected. */
  public boolean accepts(int exitCode) {
    return status < 0 ? exitCode != 0 : exitCode == status;
  }

  /** True for the default, a command that is to succeed. */
  public boolean isZero() {
    return status == 0;
  }

  /** As lesson files write it: {@code 6} or {@code nonzero}. */
  @Override
  public String toString() {
    return status < 0 ? NONZERO_WORD : Integer.toString(status);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ExitExpectation that && that.status == status;
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(status);
  }
}
