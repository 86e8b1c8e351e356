package io.docklab.lesson.check;

import io.docklab.lesson.Text;

/**
 * What a check looks at, as the lesson declares it. One record per kind; evaluating them is the job
 * of the check evaluators.
 */
public sealed interface CheckSpec
    permits ContainerCheck,
        ImageCheck,
        HttpCheck,
        CommandCheck,
        OutputCheck,
        FileCheck,
        ContainerFileCheck,
        RegistryCheck,
        NetworkCheck,
        VolumeCheck {

  /** What the learner reads when the check fails; empty for the evaluator's own sentence. */
  Text message();

  /**
   * Why this check may already pass before the learner does the step's work, for {@code docklab
   * test}, which otherwise reports such a check as a failure; null when it must fail before the
   * work (the default).
   */
  String passesBefore();
}
