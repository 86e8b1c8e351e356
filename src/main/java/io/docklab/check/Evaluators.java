package io.docklab.check;

import io.docklab.exec.UserShell;
import io.docklab.lesson.check.CheckSpec;
import io.docklab.lesson.check.CommandCheck;
import io.docklab.lesson.check.ContainerCheck;
import io.docklab.lesson.check.ContainerFileCheck;
import io.docklab.lesson.check.FileCheck;
import io.docklab.lesson.check.HttpCheck;
import io.docklab.lesson.check.ImageCheck;
import io.docklab.lesson.check.NetworkCheck;
import io.docklab.lesson.check.OutputCheck;
import io.docklab.lesson.check.RegistryCheck;
import io.docklab.lesson.check.VolumeCheck;
import java.util.Map;

/** The evaluator of each kind of check. */
final class Evaluators implements AutoCloseable {
  private final Map<Class<? extends CheckSpec>, CheckEvaluator<?>> byKind;
  private final Probes probes = new Probes();

  Evaluators(UserShell shell) {
    this.byKind =
        Map.of(
            ContainerCheck.class, new ContainerEvaluator(),
            ImageCheck.class, new ImageEvaluator(),
            HttpCheck.class, new HttpEvaluator(),
            CommandCheck.class, new CommandEvaluator(shell, CommandEvaluator.TIMEOUT),
            OutputCheck.class, new OutputEvaluator(),
            FileCheck.class, new FileEvaluator(),
            ContainerFileCheck.class, new ContainerFileEvaluator(probes),
            RegistryCheck.class, new RegistryEvaluator(),
            NetworkCheck.class, new NetworkEvaluator(),
            VolumeCheck.class, new VolumeEvaluator(probes));
  }

  /** The evaluator for {@code spec}'s kind. */
  @SuppressWarnings("unchecked")
  <S extends CheckSpec> CheckEvaluator<S> of(S spec) {
    CheckEvaluator<?> evaluator = byKind.get(spec.getClass());
    if (evaluator == null) {
      throw new IllegalArgumentException("no evaluator for " + spec.getClass().getSimpleName());
    }
    return (CheckEvaluator<S>) evaluator;
  }

  /** Waits for what evaluators still clean up (throwaway containers). */
  @Override
  public void close() {
    probes.close();
  }
}
