package io.docklab.prepare;

import io.docklab.docker.DockerEngine;
import io.docklab.docker.ImageReference;
import io.docklab.i18n.Messages;

/**
 * An offline {@code hello-world}: the lab's Debian base with a command that prints Docker's
 * greeting. It shares every layer with the python images, so it costs nothing on disk.
 */
final class HelloWorldRecipe implements OfflineRecipe {
  static final String GREETING =
      "\nHello from Docker!\n"
          + "This message shows that your installation appears to be working correctly.\n\n"
          + "(docklab made this hello-world image offline, from Debian packages.)\n";

  private final DockerEngine engine;
  private final DebianPythonRecipe base;

  HelloWorldRecipe(DockerEngine engine, DebianPythonRecipe base) {
    this.engine = engine;
    this.base = base;
  }

  @Override
  public boolean serves(ImageReference image) {
    return image.name().equals("hello-world");
  }

  @Override
  public String make(ImageReference image, Progress progress) {
    String how = base.ensureBase(progress);
    new DockerfileBuild(engine).build(dockerfile(), image, progress);
    return how + ", " + Messages.get("prepare.offline.helloWorld");
  }

  static String dockerfile() {
    String escaped = GREETING.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    return "FROM "
        + DebianPythonRecipe.BASE
        + "\nLABEL io.docklab.recipe=hello-world\nCMD [\"printf\", \"%s\", \""
        + escaped
        + "\"]\n";
  }
}
