package io.docklab.prepare;

/** Where long work reports how it goes: finished stages, and a passing status while it runs. */
public interface Progress {
  /** A line that stays: a stage begun or finished. */
  void line(String text);

  /** A passing status for a stage under way; may be shown in place, or only now and then. */
  void status(String text);
}
