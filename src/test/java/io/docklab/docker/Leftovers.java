package io.docklab.docker;

import com.github.dockerjava.api.exception.NotFoundException;

/** Removes what an integration test made on the engine, whether or not an earlier run left it. */
public final class Leftovers {
  private Leftovers() {}

  public static void removeContainer(DockerEngine engine, String name) {
    try {
      engine.client().removeContainerCmd(name).withForce(true).exec();
    } catch (NotFoundException absent) {
      // Nothing left from an earlier run.
    }
  }
}
