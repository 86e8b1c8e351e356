package io.docklab.check;

import com.github.dockerjava.api.command.InspectContainerResponse;
import com.github.dockerjava.api.model.ExposedPort;
import com.github.dockerjava.api.model.Ports;
import io.docklab.i18n.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ports a container publishes, as {@code HOSTIP:HOSTPORT:CONTAINERPORT/PROTOCOL}: what the
 * engine bound while it runs, what was asked for ({@code -p}) once it stopped.
 */
final class PublishedPorts {
  private static final Pattern WANTED =
      Pattern.compile(
          "^(?:(?<ip>\\[[^\\]]+\\]|[^:]+):)?(?<host>\\d+):(?<container>\\d+)(?:/(?<protocol>tcp|udp|sctp))?$");

  private record Published(String ip, String hostPort, String containerPort, String protocol) {
    @Override
    public String toString() {
      return (ip.isEmpty() ? "" : ip + ":") + hostPort + ":" + containerPort + "/" + protocol;
    }
  }

  private final List<Published> published;

  private PublishedPorts(List<Published> published) {
    this.published = published;
  }

  static PublishedPorts of(InspectContainerResponse container) {
    Ports ports =
        container.getNetworkSettings() == null ? null : container.getNetworkSettings().getPorts();
    List<Published> bound = list(ports);
    if (bound.isEmpty() && container.getHostConfig() != null) {
      bound = list(container.getHostConfig().getPortBindings());
    }
    return new PublishedPorts(bound);
  }

  private static List<Published> list(Ports ports) {
    List<Published> list = new ArrayList<>();
    if (ports == null || ports.getBindings() == null) {
      return list;
    }
    for (Map.Entry<ExposedPort, Ports.Binding[]> entry : ports.getBindings().entrySet()) {
      if (entry.getValue() == null) {
        continue;
      }
      for (Ports.Binding binding : entry.getValue()) {
        String ip = binding.getHostIp() == null ? "" : binding.getHostIp();
        list.add(
            new Published(
                ip,
                binding.getHostPortSpec() == null ? "" : binding.getHostPortSpec(),
                Integer.toString(entry.getKey().getPort()),
                entry.getKey().getProtocol().toString()));
      }
    }
    return list;
  }

  /** True when {@code wanted} ({@code [IP:]HOSTPORT:CONTAINERPORT[/PROTOCOL]}) is published. */
  boolean has(String wanted) {
    Matcher parts = WANTED.matcher(wanted.strip());
    if (!parts.matches()) {
      return false;
    }
    String ip = parts.group("ip");
    String protocol = parts.group("protocol") == null ? "tcp" : parts.group("protocol");
    for (Published port : published) {
      boolean sameIp = ip == null || sameAddress(ip, port.ip());
      if (sameIp
          && port.hostPort().equals(parts.group("host"))
          && port.containerPort().equals(parts.group("container"))
          && port.protocol().equals(protocol)) {
        return true;
      }
    }
    return false;
  }

  private static boolean sameAddress(String wanted, String bound) {
    String plainWanted = wanted.replace("[", "").replace("]", "");
    String plainBound = bound.isEmpty() ? "0.0.0.0" : bound;
    return plainWanted.equals(plainBound)
        || ("localhost".equals(plainWanted) && "127.0.0.1".equals(plainBound));
  }

  String describe() {
    return published.isEmpty()
        ? Messages.get("check.none")
        : String.join(", ", published.stream().map(Published::toString).toList());
  }
}
