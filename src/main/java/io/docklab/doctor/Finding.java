package io.docklab.doctor;

/** One line of the doctor's report: fine, or a problem with what to do about it. */
public record Finding(boolean ok, String text) {
  public static Finding ok(String text) {
    return new Finding(true, text);
  }

  public static Finding problem(String text) {
    return new Finding(false, text);
  }

  @Override
  public String toString() {
    return (ok ? "✓ " : "✗ ") + text;
  }
}
