package io.docklab.importer.killercoda;

import java.util.List;

/**
 * A step as the import made it.
 *
 * @param id unique in the lesson
 * @param setup shell scripts run before the step (its background and foreground scripts)
 * @param checks the YAML of its checks; empty when the scenario gave no {@code verify.sh}
 */
record ImportedStep(
    String id, String title, List<Piece> pieces, List<String> setup, List<CheckYaml> checks) {}
