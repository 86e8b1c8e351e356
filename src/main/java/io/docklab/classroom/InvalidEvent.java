package io.docklab.classroom;

/** A request the API refuses as malformed or out of range, with the one line that says why. */
public final class InvalidEvent extends RuntimeException {
  public InvalidEvent(String message) {
    super(message);
  }
}
