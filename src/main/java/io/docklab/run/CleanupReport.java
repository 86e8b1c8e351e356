package io.docklab.run;

import java.util.List;

/**
 * What a cleanup removed, and what it could not remove with the reason (one sentence each).
 *
 * @param removed e.g. {@code container python-demo}, {@code image python-custom:latest}
 */
public record CleanupReport(List<String> removed, List<String> problems) {
  public CleanupReport {
    removed = List.copyOf(removed);
    problems = List.copyOf(problems);
  }

  public boolean clean() {
    return problems.isEmpty();
  }
}
