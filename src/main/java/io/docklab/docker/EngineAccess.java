package io.docklab.docker;

/**
 * The Docker engine as checks and cleanup reach it: connected on first use, and connected again
 * after a fault, so that an engine that stops and comes back mid-lesson costs nothing but the
 * checks that ran while it was away.
 */
public final class EngineAccess implements AutoCloseable {
  private final EngineAddress address;
  private DockerEngine engine;

  public EngineAccess(EngineAddress address) {
    this.address = address;
  }

  /** Access to an engine already connected (tests, and commands that connected first). */
  public static EngineAccess of(DockerEngine engine) {
    EngineAccess access = new EngineAccess(engine.address());
    access.engine = engine;
    return access;
  }

  public EngineAddress address() {
    return address;
  }

  /**
   * The connected engine.
   *
   * @throws EngineUnreachableException when nothing answers at the address
   */
  public synchronized DockerEngine engine() {
    if (engine == null) {
      engine = DockerEngine.connect(address);
    }
    return engine;
  }

  /** Forgets the connection after a call failed for want of an engine; the next use reconnects. */
  public synchronized void fault() {
    if (engine != null) {
      engine.close();
      engine = null;
    }
  }

  @Override
  public synchronized void close() {
    fault();
  }
}
