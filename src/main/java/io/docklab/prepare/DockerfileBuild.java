package io.docklab.prepare;

import com.github.dockerjava.api.command.BuildImageResultCallback;
import com.github.dockerjava.api.model.BuildResponseItem;
import io.docklab.docker.DockerEngine;
import io.docklab.docker.EngineFaults;
import io.docklab.docker.ImageReference;
import io.docklab.i18n.Messages;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * {@code docker build} of a Dockerfile with nothing else in its context, on an image already on the
 * engine: no pull, and no network for its RUN lines, so an offline image never reaches out.
 */
final class DockerfileBuild {
  private static final long BUILD_MINUTES = 30;

  private final DockerEngine engine;

  DockerfileBuild(DockerEngine engine) {
    this.engine = engine;
  }

  /** Builds {@code dockerfile} as {@code target}, showing its steps as they go. */
  void build(String dockerfile, ImageReference target, Progress progress) {
    Path context = null;
    try {
      context = Files.createTempDirectory("docklab-build-");
      Files.writeString(context.resolve("Dockerfile"), dockerfile, StandardCharsets.UTF_8);
      engine
          .client()
          .buildImageCmd(context.toFile())
          .withTags(Set.of(target.toString()))
          .withPull(false)
          .withNetworkMode("none")
          .withRemove(true)
          .withForcerm(true)
          .exec(
              new BuildImageResultCallback() {
                @Override
                public void onNext(BuildResponseItem item) {
                  String stream = item.getStream();
                  if (stream != null && stream.startsWith("Step ")) {
                    progress.status(Messages.get("prepare.build.status", target, stream.strip()));
                  }
                  super.onNext(item);
                }
              })
          .awaitImageId(BUILD_MINUTES, TimeUnit.MINUTES);
    } catch (IOException | RuntimeException failed) {
      throw new PrepareException(
          Messages.get("prepare.build.failed", target, EngineFaults.reason(failed)));
    } finally {
      deleteQuietly(context);
    }
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
