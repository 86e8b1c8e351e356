package io.docklab.cli;

import io.docklab.docker.DockerEngine;
import io.docklab.i18n.Messages;
import io.docklab.lesson.catalog.LessonCatalog;
import io.docklab.prepare.ConsoleProgress;
import io.docklab.prepare.LabPreparation;
import io.docklab.util.DataDirectory;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code docklab prepare}: makes the lessons' images and services present. */
@Command(name = "prepare", mixinStandardHelpOptions = true)
final class PrepareCommand implements Callable<Integer> {
  @ParentCommand DocklabCommand docklab;

  @Option(names = "--offline")
  boolean offline;

  @Override
  public Integer call() {
    try (DockerEngine engine = DockerEngine.connect()) {
      LabPreparation preparation =
          new LabPreparation(
              engine, DataDirectory.resolve(), ConsoleProgress.onStandardOutput(), !offline);
      LessonCatalog catalog = docklab.catalog();
      catalog
          .problems()
          .forEach(problem -> System.err.println(Messages.get("list.skipped", problem)));
      boolean prepared = preparation.prepare(catalog.requirements()).isEmpty();
      // Two lessons with different recipes for one image: the later one is left out, and fails.
      return prepared && catalog.recipeConflicts().isEmpty() ? ExitCode.OK : ExitCode.FAILED;
    }
  }
}
