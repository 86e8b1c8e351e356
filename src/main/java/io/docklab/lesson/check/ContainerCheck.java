package io.docklab.lesson.check;

import io.docklab.lesson.Text;
import java.util.List;

/**
 * A container, found by {@code name} or by the {@code image} it was started from. With {@code
 * exists: false}, no container may match all the other conditions.
 *
 * @param state required state, or null for any
 * @param exitCode required exit code, or null for any
 * @param ports published ports as {@code [IP:]HOSTPORT:CONTAINERPORT[/PROTOCOL]}
 * @param logs what the container's logs must match, or null
 */
public record ContainerCheck(
    String name,
    String image,
    boolean exists,
    ContainerState state,
    Integer exitCode,
    List<String> ports,
    Matcher logs,
    Text message,
    String passesBefore)
    implements CheckSpec {
  public ContainerCheck {
    ports = List.copyOf(ports);
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
