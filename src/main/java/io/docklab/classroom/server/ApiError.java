package io.docklab.classroom.server;

/** Ends a request with a status and one line that says why (docs/classroom-api.md). */
final class ApiError extends RuntimeException {
  private final int status;
  private final long retryAfter;

  ApiError(int status, String message) {
    this(status, message, 0);
  }

  /** A refusal for a rate: try again after {@code retryAfter} seconds. */
  ApiError(int status, String message, long retryAfter) {
    super(message);
    this.status = status;
    this.retryAfter = retryAfter;
  }

  int status() {
    return status;
  }

  long retryAfter() {
    return retryAfter;
  }
}
