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
 * @param left one sentence each: what the lesson names but was left on purpose, since something
 *     outside the lesson still uses it (a network or volume of a foreign container); not a problem
 */
public record CleanupReport(
    List<String> removed, List<String> problems, boolean engineUnreachable, List<String> left) {
  public CleanupReport {
    removed = List.copyOf(removed);
    problems = List.copyOf(problems);
    left = List.copyOf(left);
  }

  public CleanupReport(List<String> removed, List<String> problems, boolean engineUnreachable) {
    this(removed, problems, engineUnreachable, List.of());
  }

  public CleanupReport(List<String> removed, List<String> problems) {
    this(removed, problems, false);
  }

  public boolean clean() {
    return problems.isEmpty();
  }
}
