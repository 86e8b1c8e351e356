package io.docklab.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code docklab import FORMAT …}: lessons from other tools' layouts; today Killercoda's. */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    subcommands = {ImportKillercodaCommand.class})
final class ImportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    throw new ParameterException(spec.commandLine(), "docklab import killercoda DIR…");
  }
}
