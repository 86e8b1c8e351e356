package io.docklab.check;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.InspectContainerResponse;
import io.docklab.exec.Variables;
import io.docklab.exec.Workspace;
import io.docklab.i18n.Messages;
import io.docklab.lesson.check.ContainerCheck;
import io.docklab.lesson.check.ContainerHealth;
import io.docklab.lesson.check.Matcher;
import io.docklab.lesson.check.Mount;
import java.nio.file.Path;
import java.util.Map;

/**
 * The conditions of a {@code container} check besides finding it: state, exit code, image (when
 * found by name), ports, networks, mounts, environment, health, logs.
 */
final class ContainerConditions {
  private final ContainerCheck spec;
  private final Variables variables;
  private final DockerClient client;
  private final Workspace workspace;

  /**
   * @param workspace the lesson workspace (a relative bind source starts there), or null
   */
  ContainerConditions(
      ContainerCheck spec, Variables variables, DockerClient client, Workspace workspace) {
    this.spec = spec;
    this.variables = variables;
    this.client = client;
    this.workspace = workspace;
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
    if (spec.name() != null && spec.image() != null) {
      String image = variables.text(spec.image());
      if (!ContainerLookup.startedFrom(client, container, image)) {
        return Messages.get("check.container.image", image, ContainerLookup.image(container));
      }
    }
    for (String port : spec.ports()) {
      PublishedPorts published = PublishedPorts.of(container);
      String wanted = variables.text(port);
      if (!published.has(wanted)) {
        return Messages.get("check.container.port", wanted, published.describe());
      }
    }
    String more = moreMismatch(container);
    if (more != null) {
      return more;
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

  // --- checks (issue 13): networks, mounts, environment, health ---

  private String moreMismatch(InspectContainerResponse container) {
    java.util.Set<String> networks = ContainerLookup.networks(container);
    for (String network : spec.networks()) {
      String wanted = variables.text(network);
      if (!networks.contains(wanted)) {
        return Messages.get("check.container.network", wanted, listed(networks));
      }
    }
    if (!spec.mounts().isEmpty()) {
      ContainerMounts mounts = ContainerMounts.of(container);
      Path root = workspaceDirectory();
      for (Mount mount : spec.mounts()) {
        String mismatch = mounts.mismatch(mount, variables, root);
        if (mismatch != null) {
          return mismatch;
        }
      }
    }
    Map<String, String> env =
        ImageEvaluator.environment(
            container.getConfig() == null ? null : container.getConfig().getEnv());
    for (Map.Entry<String, String> entry : spec.env().entrySet()) {
      String value = variables.text(entry.getValue());
      String actual = env.get(entry.getKey());
      if (!value.equals(actual)) {
        return Messages.get(
            "check.container.env",
            entry.getKey(),
            value,
            actual == null ? Messages.get("check.none") : entry.getKey() + "=" + actual);
      }
    }
    if (spec.health() != null) {
      var health = container.getState().getHealth();
      String found =
          health == null || health.getStatus() == null
              ? ContainerHealth.NONE.key()
              : health.getStatus();
      if (!spec.health().key().equals(found)) {
        return Messages.get("check.container.health", spec.health().key(), found);
      }
    }
    return null;
  }

  /** The workspace directory, from which a relative bind source is taken; null if unknown. */
  private Path workspaceDirectory() {
    try {
      return workspace == null ? null : workspace.directory();
    } catch (java.io.IOException unusable) {
      return null;
    }
  }

  private static String listed(java.util.Collection<String> names) {
    return names.isEmpty() ? Messages.get("check.none") : String.join(", ", names);
  }
}
