package io.docklab.run;

import java.util.List;

/**
 * What a cleanup removed, and what it could not remove with the reason (one sentence each).
 *
 * @param removed short phrases in docklab's language, e.g. {@code container python-demo}, {@code
 *     image python-custom:latest}
 * @param problems one sentence each: what was not removed and why
 * @param engineUnreachable the Docker engine did not answer, so no container or image was looked at
 *     (one of the problems says "Docker engine not reachable at …")
 */
public record CleanupReport(
    List<String> removed, List<String> problems, boolean engineUnreachable) {
  public CleanupReport {
    removed = List.copyOf(removed);
    problems = List.copyOf(problems);
  }

  public CleanupReport(List<String> removed, List<String> problems) {
    this(removed, problems, false);
  }

  public boolean clean() {
    return problems.isEmpty();
  }
}
