package io.docklab.cli;

/** Every exit status docklab returns, in one place (documented in README.md). */
public final class ExitCode {
  /** Everything asked for was done and every check passed. */
  public static final int OK = 0;

  /** The command ran, and what it examined failed: a doctor finding, a lesson error. */
  public static final int FAILED = 1;

  /** Bad usage: an unknown option, a missing argument, an invalid lesson file. */
  public static final int USAGE = 2;

  /** The Docker engine could not be reached. */
  public static final int ENGINE_UNREACHABLE = 3;

  /** A fault inside docklab itself. */
  public static final int INTERNAL = 70;

  private ExitCode() {}
}
