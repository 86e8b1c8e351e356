package io.docklab.prepare;

import com.github.dockerjava.api.command.BuildImageResultCallback;
import io.docklab.docker.DockerEngine;
import io.docklab.docker.ImageReference;
import io.docklab.i18n.Messages;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.TimeUnit;

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
    Path context = null;
    try {
      context = Files.createTempDirectory("docklab-hello-world-");
      Files.writeString(context.resolve("Dockerfile"), dockerfile(), StandardCharsets.UTF_8);
      engine
          .client()
          .buildImageCmd(context.toFile())
          .withTags(Set.of(image.toString()))
          .exec(new BuildImageResultCallback())
          .awaitImageId(5, TimeUnit.MINUTES);
      return how + ", " + Messages.get("prepare.offline.helloWorld");
    } catch (IOException | RuntimeException failed) {
      throw new PrepareException(Messages.get("prepare.import.failed", image, failed.getMessage()));
    } finally {
      deleteQuietly(context);
    }
  }

  static String dockerfile() {
    String escaped = GREETING.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    return "FROM "
        + DebianPythonRecipe.BASE
        + "\nLABEL io.docklab.recipe=hello-world\nCMD [\"printf\", \"%s\", \""
        + escaped
        + "\"]\n";
  }

  private static void deleteQuietly(Path context) {
    if (context == null) {
      return;
    }
    try {
      Files.deleteIfExists(context.resolve("Dockerfile"));
      Files.deleteIfExists(context);
    } catch (IOException ignored) {
      // A temporary directory left in /tmp is harmless.
    }
  }
}
