package io.docklab.cli;

import io.docklab.i18n.Messages;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code docklab completion bash}: prints the script that makes Tab complete docklab's commands,
 * options and lesson ids in the learner's own shell (install.sh installs it).
 */
@Command(name = "completion", mixinStandardHelpOptions = true)
final class CompletionCommand implements Callable<Integer> {
  @Parameters(arity = "0..1", defaultValue = "bash", paramLabel = "SHELL", descriptionKey = "shell")
  String shell;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    if (!shell.equals("bash")) {
      throw new ExitException(ExitCode.USAGE, Messages.get("completion.shell.unknown", shell));
    }
    spec.commandLine().getOut().print(CompletionScript.bash(CommandLineFactory.create()));
    spec.commandLine().getOut().flush();
    return ExitCode.OK;
  }
}
