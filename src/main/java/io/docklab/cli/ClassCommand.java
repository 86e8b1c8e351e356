package io.docklab.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/**
 * {@code docklab class}: the classroom (docs/classroom-api.md): {@code serve} for the teacher,
 * {@code join}, {@code leave} for a learner, {@code status} for both.
 */
@Command(
    name = "class",
    mixinStandardHelpOptions = true,
    subcommands = {
      ClassServeCommand.class,
      ClassJoinCommand.class,
      ClassLeaveCommand.class,
      ClassStatusCommand.class
    })
final class ClassCommand {
  @ParentCommand DocklabCommand docklab;
}
