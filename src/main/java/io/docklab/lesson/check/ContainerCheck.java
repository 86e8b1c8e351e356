package io.docklab.lesson.check;

import io.docklab.lesson.Text;
import java.util.List;
import java.util.Map;

/**
 * A container, found by {@code name}, by the {@code image} it was started from, or by both (the
 * named container must then have been started from that image). With {@code exists: false}, no
 * container may match all the other conditions. Null (or empty) conditions are not compared.
 *
 * @param state required state, or null for any
 * @param exitCode required exit code, or null for any
 * @param ports published ports as {@code [IP:]HOSTPORT:CONTAINERPORT[/PROTOCOL]}
 * @param logs what the container's logs must match, or null
 * @param networks networks (by name) the container must be connected to, each
 * @param mounts mounts the container must have, each
 * @param env environment variables the container must have, set to these values
 * @param health required health status, or null for any
 */
public record ContainerCheck(
    String name,
    String image,
    boolean exists,
    ContainerState state,
    Integer exitCode,
    List<String> ports,
    Matcher logs,
    List<String> networks,
    List<Mount> mounts,
    Map<String, String> env,
    ContainerHealth health,
    Text message,
    String passesBefore)
    implements CheckSpec {
  public ContainerCheck {
    ports = List.copyOf(ports);
    networks = List.copyOf(networks);
    mounts = List.copyOf(mounts);
    env =
        env == null
            ? Map.of()
            : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(env));
  }

  /** A check without networks, mounts, environment or health. */
  public ContainerCheck(
      String name,
      String image,
      boolean exists,
      ContainerState state,
      Integer exitCode,
      List<String> ports,
      Matcher logs,
      Text message,
      String passesBefore) {
    this(
        name,
        image,
        exists,
        state,
        exitCode,
        ports,
        logs,
        List.of(),
        List.of(),
        Map.of(),
        null,
        message,
        passesBefore);
  }

  /** A check that must fail before the step's work (no {@code passesBefore}). */
  public ContainerCheck(
      String name,
      String image,
      boolean exists,
      ContainerState state,
      Integer exitCode,
      List<String> ports,
      Matcher logs,
      Text message) {
    this(name, image, exists, state, exitCode, ports, logs, message, null);
  }
}
