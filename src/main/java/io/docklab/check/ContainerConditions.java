package io.docklab.check;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.InspectContainerResponse;
import io.docklab.exec.Variables;
import io.docklab.i18n.Messages;
import io.docklab.lesson.check.ContainerCheck;
import io.docklab.lesson.check.Matcher;

/**
 * The conditions of a {@code container} check besides finding it: state, exit code, ports, logs.
 */
final class ContainerConditions {
  private final ContainerCheck spec;
  private final Variables variables;
  private final DockerClient client;

  ContainerConditions(ContainerCheck spec, Variables variables, DockerClient client) {
    this.spec = spec;
    this.variables = variables;
    this.client = client;
  }

  /** What about {@code container} does not hold, in words, or null when everything does. */
  String mismatch(InspectContainerResponse container) throws InterruptedException {
    InspectContainerResponse.ContainerState state = container.getState();
    if (spec.state() != null && !spec.state().key().equals(state.getStatus())) {
      return Messages.get(
          "check.container.state", spec.state().key(), ContainerLookup.state(container));
    }
    if (spec.exitCode() != null) {
      if (Boolean.TRUE.equals(state.getRunning()) || "created".equals(state.getStatus())) {
        return Messages.get(
            "check.container.notEnded", spec.exitCode(), ContainerLookup.state(container));
      }
      Long exitCode = state.getExitCodeLong();
      if (exitCode == null || exitCode.intValue() != spec.exitCode()) {
        return Messages.get("check.container.exitCode", spec.exitCode(), exitCode);
      }
    }
    for (String port : spec.ports()) {
      PublishedPorts published = PublishedPorts.of(container);
      String wanted = variables.text(port);
      if (!published.has(wanted)) {
        return Messages.get("check.container.port", wanted, published.describe());
      }
    }
    Matcher wanted = TextMatch.substituted(spec.logs(), variables);
    if (wanted != null) {
      String logs = ContainerLogs.read(client, container.getId());
      if (!wanted.test(logs)) {
        return Messages.get(
            "check.container.logs",
            TextMatch.describe(wanted),
            TextMatch.found(logs, wanted, true));
      }
    }
    return null;
  }
}
