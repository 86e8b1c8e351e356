package io.docklab.prepare;

/** A stage of preparing the lab failed; the message says which, why, and what to do. */
public final class PrepareException extends RuntimeException {
  public PrepareException(String message) {
    super(message);
  }
}
