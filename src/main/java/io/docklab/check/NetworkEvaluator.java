package io.docklab.check;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.InspectContainerResponse;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.Network;
import io.docklab.i18n.Messages;
import io.docklab.lesson.check.NetworkCheck;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * A {@code network} check: a network by name is there or not, with its driver, and the containers
 * connected to it (running ones as the network lists them, stopped ones as they list the network).
 */
final class NetworkEvaluator implements CheckEvaluator<NetworkCheck> {

  @Override
  public boolean followsEngineEvents() {
    return true;
  }

  @Override
  public CheckResult evaluate(NetworkCheck spec, CheckContext context, Duration waited) {
    DockerClient client = context.engine().engine().client();
    String name = context.variables().text(spec.name());
    String subject = Messages.get("check.network.subject", name);
    Network network = find(client, name);
    if (network == null) {
      return spec.exists()
          ? Verdict.fail(spec, context, "check.network.absent", subject)
          : Verdict.pass(spec, "check.network.none", subject);
    }
    if (!spec.exists()) {
      return Verdict.fail(spec, context, "check.network.unwanted", subject, network.getDriver());
    }
    if (spec.driver() != null) {
      String wanted = context.variables().text(spec.driver());
      if (!wanted.equals(network.getDriver())) {
        return Verdict.fail(
            spec, context, "check.network.driver", subject, wanted, network.getDriver());
      }
    }
    TreeSet<String> attached = attached(network);
    for (String container : spec.attached()) {
      String wanted = context.variables().text(container);
      if (!attached.contains(wanted) && !connectedWhileStopped(client, wanted, name)) {
        return Verdict.fail(
            spec, context, "check.network.notAttached", subject, wanted, describe(attached));
      }
    }
    for (String container : spec.notAttached()) {
      String unwanted = context.variables().text(container);
      if (attached.contains(unwanted) || connectedWhileStopped(client, unwanted, name)) {
        return Verdict.fail(
            spec, context, "check.network.attached", subject, unwanted, describe(attached));
      }
    }
    return Verdict.pass(spec, "check.network.ok", subject, network.getDriver(), describe(attached));
  }

  /** The network called exactly {@code name}, or null (the engine also matches ids by prefix). */
  private static Network find(DockerClient client, String name) {
    try {
      Network network = client.inspectNetworkCmd().withNetworkId(name).exec();
      return name.equals(network.getName()) ? network : null;
    } catch (NotFoundException absent) {
      return null;
    }
  }

  /** The names of the (running) containers the network lists as connected. */
  private static TreeSet<String> attached(Network network) {
    TreeSet<String> names = new TreeSet<>();
    if (network.getContainers() != null) {
      network.getContainers().values().stream()
          .map(Network.ContainerNetworkConfig::getName)
          .filter(Objects::nonNull)
          .forEach(names::add);
    }
    return names;
  }

  /** Whether a stopped container {@code container} is connected to {@code network}. */
  private static boolean connectedWhileStopped(
      DockerClient client, String container, String network) {
    List<InspectContainerResponse> found = ContainerLookup.byName(client, container);
    return !found.isEmpty()
        && !Boolean.TRUE.equals(found.get(0).getState().getRunning())
        && ContainerLookup.networks(found.get(0)).contains(network);
  }

  private static String describe(TreeSet<String> names) {
    return names.isEmpty() ? Messages.get("check.none") : String.join(", ", names);
  }
}
