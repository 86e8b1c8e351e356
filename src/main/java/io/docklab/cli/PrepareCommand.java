package io.docklab.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "prepare", mixinStandardHelpOptions = true)
final class PrepareCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    return ExitCode.OK;
  }
}
