package io.docklab.docker;

import io.docklab.i18n.Messages;

/** The Docker engine did not answer at the address docklab looked at. */
public final class EngineUnreachableException extends RuntimeException {
  private final String address;
  private final String reason;

  public EngineUnreachableException(String address, String reason, Throwable cause) {
    super("Docker engine not reachable at " + address + ": " + reason, cause);
    this.address = address;
    this.reason = reason;
  }

  public String address() {
    return address;
  }

  public String reason() {
    return reason;
  }

  /** One line for a person: where docklab looked, why it failed, and how to start the engine. */
  public String describe() {
    return Messages.get("engine.unreachable", address, reason);
  }
}
