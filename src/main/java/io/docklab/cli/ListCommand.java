package io.docklab.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code docklab list}: the lessons there are, bundled and from {@code --lessons} directories. */
@Command(
    name = "list",
    mixinStandardHelpOptions = true,
    description = "List the lessons: the bundled ones and those in --lessons or DOCKLAB_LESSONS.")
final class ListCommand implements Callable<Integer> {
  @ParentCommand DocklabCommand docklab;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    return CatalogListing.print(
        docklab.catalog(), spec.commandLine().getOut(), spec.commandLine().getErr());
  }
}
