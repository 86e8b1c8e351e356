package io.docklab.run;

import io.docklab.check.EngineAccess;
import io.docklab.exec.Variables;
import io.docklab.exec.Workspace;
import io.docklab.lesson.Creates;

/**
 * Removes exactly what a lesson declares it creates: its containers (by exact name, and those
 * started from its images), its images (by exact reference), its registry repositories and its
 * workspace files. Nothing else on the engine is touched, even with a similar name.
 */
public final class LessonCleanup {
  public LessonCleanup(EngineAccess engine, Workspace workspace, Variables variables) {
    throw new UnsupportedOperationException("not built yet");
  }

  /** Removes what {@code creates} names; what was already gone is not an error. */
  public CleanupReport clean(Creates creates) {
    throw new UnsupportedOperationException("not built yet");
  }
}
