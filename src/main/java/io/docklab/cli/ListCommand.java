package io.docklab.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code docklab list}: the lessons there are, bundled and from {@code --lessons} directories. */
@Command(name = "list", mixinStandardHelpOptions = true)
final class ListCommand implements Callable<Integer> {
  @ParentCommand DocklabCommand docklab;

  @Spec CommandSpec spec;

  /** Only the lessons' ids, one a line: the candidates of the shell's Tab completion. */
  @Option(names = "--ids", hidden = true)
  boolean ids;

  @Override
  public Integer call() {
    if (ids) {
      docklab
          .catalog()
          .lessons()
          .forEach(lesson -> spec.commandLine().getOut().println(lesson.id()));
      spec.commandLine().getOut().flush();
      return ExitCode.OK;
    }
    return CatalogListing.print(
        docklab.catalog(), spec.commandLine().getOut(), spec.commandLine().getErr());
  }
}
