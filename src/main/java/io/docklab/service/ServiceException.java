package io.docklab.service;

/** A service of the lab could not be started; the message says which, why, and what to do. */
public final class ServiceException extends RuntimeException {
  public ServiceException(String message) {
    super(message);
  }
}
