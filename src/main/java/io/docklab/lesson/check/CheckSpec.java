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
        RegistryCheck {

  /** What the learner reads when the check fails; empty for the evaluator's own sentence. */
  Text message();
}
