package io.docklab.prepare;

import io.docklab.docker.DockerEngine;
import io.docklab.i18n.Messages;
import io.docklab.lesson.Requirements;
import io.docklab.service.LocalRegistry;
import io.docklab.service.ServiceException;
import java.nio.file.Path;

/** Makes present what the lessons need: their images, then their services. */
public final class LabPreparation {
  private final DockerEngine engine;
  private final Path dataDirectory;
  private final Progress progress;
  private final boolean tryPull;

  public LabPreparation(
      DockerEngine engine, Path dataDirectory, Progress progress, boolean tryPull) {
    this.engine = engine;
    this.dataDirectory = dataDirectory;
    this.progress = progress;
    this.tryPull = tryPull;
  }

  /** Prepares everything; returns how many items could not be made present. */
  public int prepare(Requirements needs) {
    progress.line(Messages.get("prepare.start", needs.images().size(), needs.services().size()));
    ImagePreparer images = new ImagePreparer(engine, progress, tryPull);
    int problems = 0;
    for (String image : needs.images()) {
      try {
        progress.line(images.prepare(image));
      } catch (PrepareException failed) {
        progress.line(Messages.get("prepare.image.failed", image, failed.getMessage()));
        problems++;
      }
    }
    for (String service : needs.services()) {
      problems += prepareService(service);
    }
    progress.line(
        problems == 0
            ? Messages.get("prepare.done")
            : Messages.get("prepare.failedSummary", problems));
    return problems;
  }

  private int prepareService(String service) {
    if (!service.equals("registry")) {
      progress.line(Messages.get("prepare.service.unknown", service));
      return 1;
    }
    try {
      progress.line(new LocalRegistry(dataDirectory).ensureRunning());
      return 0;
    } catch (ServiceException failed) {
      progress.line(Messages.get("prepare.service.failed", service, failed.getMessage()));
      return 1;
    }
  }
}
