package io.docklab.check;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.InspectContainerResponse;
import io.docklab.i18n.Messages;
import io.docklab.lesson.check.ContainerCheck;
import java.time.Duration;
import java.util.List;

/**
 * A {@code container} check: a container by name, or any container started from an image (or the
 * named one, started from that image), in the asked state, with its exit code, published ports,
 * networks, mounts, environment, health and logs.
 */
final class ContainerEvaluator implements CheckEvaluator<ContainerCheck> {

  @Override
  public boolean followsEngineEvents() {
    return true;
  }

  @Override
  public CheckResult evaluate(ContainerCheck spec, CheckContext context, Duration waited)
      throws InterruptedException {
    DockerClient client = context.engine().engine().client();
    String name = context.variables().text(spec.name());
    String image = context.variables().text(spec.image());
    String subject =
        name != null
            ? Messages.get("check.container.subject", name)
            : Messages.get("check.container.imageSubject", image);
    List<InspectContainerResponse> candidates =
        name != null
            ? ContainerLookup.byName(client, name)
            : ContainerLookup.byImage(client, image);
    ContainerConditions conditions =
        new ContainerConditions(spec, context.variables(), client, context.workspace());
    String firstMismatch = null;
    for (InspectContainerResponse candidate : candidates) {
      String mismatch = conditions.mismatch(candidate);
      if (mismatch == null) {
        return spec.exists()
            ? Verdict.pass(spec, "check.container.ok", subject, ContainerLookup.describe(candidate))
            : Verdict.fail(
                spec,
                context,
                "check.container.unwanted",
                subject,
                ContainerLookup.describe(candidate));
      }
      if (firstMismatch == null) {
        firstMismatch = mismatch;
      }
    }
    if (!spec.exists()) {
      return Verdict.pass(spec, "check.container.none", subject);
    }
    if (firstMismatch == null) {
      return Verdict.fail(spec, context, "check.container.absent", subject);
    }
    return Verdict.failWith(spec, context, subject + ": " + firstMismatch);
  }
}
