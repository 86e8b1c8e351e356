package io.docklab.prepare;

import io.docklab.docker.DockerEngine;
import io.docklab.i18n.Messages;
import io.docklab.lesson.Requirements;
import io.docklab.service.LocalRegistry;
import io.docklab.service.ServiceException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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

  /**
   * Prepares everything; returns what could not be made present, one sentence each ("image x:
   * FAILED: why"), as also printed.
   */
  public List<String> prepare(Requirements needs) {
    progress.line(Messages.get("prepare.start", needs.images().size(), needs.services().size()));
    ImagePreparer images = new ImagePreparer(engine, progress, tryPull, needs.recipes());
    List<String> problems = new ArrayList<>();
    for (String image : needs.images()) {
      try {
        progress.line(images.prepare(image));
      } catch (PrepareException failed) {
        problems.add(problem(Messages.get("prepare.image.failed", image, failed.getMessage())));
      }
    }
    for (String service : needs.services()) {
      prepareService(service).ifPresent(problem -> problems.add(problem(problem)));
    }
    progress.line(
        problems.isEmpty()
            ? Messages.get("prepare.done")
            : Messages.get("prepare.failedSummary", problems.size()));
    return problems;
  }

  /** Prints {@code line} and gives it without its indentation. */
  private String problem(String line) {
    progress.line(line);
    return line.strip();
  }

  private Optional<String> prepareService(String service) {
    if (!service.equals("registry")) {
      return Optional.of(Messages.get("prepare.service.unknown", service));
    }
    try {
      progress.line(new LocalRegistry(dataDirectory).ensureRunning());
      return Optional.empty();
    } catch (ServiceException failed) {
      return Optional.of(Messages.get("prepare.service.failed", service, failed.getMessage()));
    }
  }
}
