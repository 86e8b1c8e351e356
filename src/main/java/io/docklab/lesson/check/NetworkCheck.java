package io.docklab.lesson.check;

import io.docklab.lesson.Text;
import java.util.List;

/**
 * A network by name: it exists (or not), with its driver, and which containers are connected to it.
 *
 * @param driver required driver ({@code bridge}…), or null for any
 * @param attached containers (by name) that must each be connected
 * @param notAttached containers (by name) none of which may be connected
 */
public record NetworkCheck(
    String name,
    boolean exists,
    String driver,
    List<String> attached,
    List<String> notAttached,
    Text message,
    String passesBefore)
    implements CheckSpec {
  public NetworkCheck {
    attached = List.copyOf(attached);
    notAttached = List.copyOf(notAttached);
  }
}
