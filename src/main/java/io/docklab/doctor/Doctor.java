package io.docklab.doctor;

import com.github.dockerjava.api.model.Container;
import com.github.dockerjava.api.model.ContainerPort;
import io.docklab.docker.DockerEngine;
import io.docklab.docker.EngineAddress;
import io.docklab.docker.EngineUnreachableException;
import io.docklab.i18n.Messages;
import io.docklab.lesson.Requirements;
import io.docklab.service.LocalRegistry;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Examines this machine for what the lessons need: Java, the Docker engine, the lessons' images,
 * the local registry and free ports. Each problem comes with what to do.
 */
public final class Doctor {
  private static final int MINIMUM_JAVA = 17;

  private final EngineAddress address;
  private final LocalRegistry registry;

  public Doctor(EngineAddress address, LocalRegistry registry) {
    this.address = address;
    this.registry = registry;
  }

  public List<Finding> examine(Requirements needs) {
    List<Finding> findings = new ArrayList<>();
    findings.add(java());
    try (DockerEngine engine = DockerEngine.connect(address)) {
      findings.add(engine(engine));
      for (String image : needs.images()) {
        findings.add(image(engine, image));
      }
      if (needs.services().contains("registry")) {
        findings.add(registry());
      }
      for (int port : needs.ports()) {
        findings.add(port(engine, port));
      }
    } catch (EngineUnreachableException unreachable) {
      findings.add(Finding.problem(unreachable.describe()));
      findings.add(Finding.problem(Messages.get("doctor.images.unchecked", needs.images().size())));
    }
    return findings;
  }

  private static Finding java() {
    Runtime.Version version = Runtime.version();
    String home = System.getProperty("java.home");
    return version.feature() >= MINIMUM_JAVA
        ? Finding.ok(Messages.get("doctor.java.ok", version, home))
        : Finding.problem(Messages.get("doctor.java.old", version, home, MINIMUM_JAVA));
  }

  private Finding engine(DockerEngine engine) {
    String chosen = chosenBy(address);
    if (address.tls() != null) {
      chosen += ", " + Messages.get("doctor.engine.tls", address.tls());
    }
    return Finding.ok(
        Messages.get(
            "doctor.engine.ok",
            engine.serverVersion(),
            address,
            engine.serverApiVersion(),
            engine.apiVersion().getVersion(),
            chosen));
  }

  /** What chose the engine: the option, a variable, the configuration's context, or nothing. */
  static String chosenBy(EngineAddress address) {
    return switch (address.source()) {
      case OPTION -> Messages.get("doctor.engine.option", address.context());
      case DOCKER_HOST -> Messages.get("doctor.engine.dockerHost", address);
      case DOCKER_CONTEXT -> Messages.get("doctor.engine.dockerContext", address.context());
      case CONFIG -> Messages.get("doctor.engine.currentContext", address.context(), "config.json");
      case DEFAULT -> Messages.get("doctor.engine.defaultHost");
    };
  }

  private static Finding image(DockerEngine engine, String image) {
    return engine.hasImage(image)
        ? Finding.ok(Messages.get("doctor.image.ok", image))
        : Finding.problem(Messages.get("doctor.image.missing", image));
  }

  private Finding registry() {
    return switch (registry.state()) {
      case READY ->
          Finding.ok(
              Messages.get("doctor.registry.ok", LocalRegistry.ADDRESS, LocalRegistry.ACCOUNT));
      case DOWN -> Finding.problem(Messages.get("doctor.registry.down", LocalRegistry.ADDRESS));
      case FOREIGN -> Finding.problem(Messages.get("registry.foreign", LocalRegistry.ADDRESS));
    };
  }

  private static Finding port(DockerEngine engine, int port) {
    if (isFree(port)) {
      return Finding.ok(Messages.get("doctor.port.free", port));
    }
    return publisher(engine, port)
        .map(name -> Finding.problem(Messages.get("doctor.port.container", port, name)))
        .orElseGet(() -> Finding.problem(Messages.get("doctor.port.taken", port)));
  }

  private static boolean isFree(int port) {
    try (ServerSocket probe = new ServerSocket()) {
      // As servers (docker-proxy, Flask) bind: connections closed a moment ago (TIME_WAIT) do not
      // keep the port from them, so they must not make it look taken either.
      probe.setReuseAddress(true);
      probe.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
      return true;
    } catch (IOException taken) {
      return false;
    }
  }

  /** The name of the running container that publishes {@code port}, if one does. */
  private static Optional<String> publisher(DockerEngine engine, int port) {
    for (Container container : engine.client().listContainersCmd().exec()) {
      for (ContainerPort published : container.getPorts()) {
        if (published.getPublicPort() != null && published.getPublicPort() == port) {
          String[] names = container.getNames();
          return Optional.of(names.length > 0 ? names[0].substring(1) : container.getId());
        }
      }
    }
    return Optional.empty();
  }
}
