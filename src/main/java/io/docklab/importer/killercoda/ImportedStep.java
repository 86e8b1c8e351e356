package io.docklab.importer.killercoda;

import java.util.List;
import java.util.Set;

/**
 * A step as the import made it.
 *
 * @param id unique in the lesson
 * @param setup shell scripts run before the step (its background and foreground scripts)
 * @param checks the YAML of its checks; empty when the scenario gave no {@code verify.sh}
 * @param failing commands the verify script expects to fail ({@code [[ $(cmd) == *"error"* ]]}):
 *     written with {@code exitCode=nonzero}
 */
record ImportedStep(
    String id,
    String title,
    List<Piece> pieces,
    List<String> setup,
    List<CheckYaml> checks,
    Set<String> failing) {

  ImportedStep(
      String id, String title, List<Piece> pieces, List<String> setup, List<CheckYaml> checks) {
    this(id, title, pieces, setup, checks, Set.of());
  }

  /** Whether the verify script expects this command to fail. */
  boolean fails(String command) {
    return failing.contains(VerifyScript.normalised(command));
  }
}
