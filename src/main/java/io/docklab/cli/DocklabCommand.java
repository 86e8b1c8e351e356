package io.docklab.cli;

import io.docklab.i18n.Messages;
import io.docklab.lesson.Requirements;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** {@code docklab}: with no subcommand, opens the lab. */
@Command(
    name = "docklab",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "An interactive Docker lab for the terminal.",
    subcommands = {DoctorCommand.class, PrepareCommand.class})
public final class DocklabCommand implements Callable<Integer> {

  @Option(
      names = "--lang",
      scope = ScopeType.INHERIT,
      paramLabel = "LANG",
      description = "Language of messages and lessons: en or ja (default: from the locale).")
  void setLanguage(String language) {
    Messages.use(Locale.forLanguageTag(language));
  }

  @Option(
      names = "--verbose",
      scope = ScopeType.INHERIT,
      description = "Show internal details (stack traces) when something goes wrong.")
  boolean verbose;

  /** What the lessons of the catalogue need, all together. */
  Requirements lessonNeeds() {
    // TEMPORARY until the lesson catalogue lands.
    return new Requirements(
        java.util.List.of("python:3.11-slim", "python:latest"),
        java.util.List.of(4000),
        java.util.List.of("registry"));
  }

  @Override
  public Integer call() {
    System.out.println(Messages.get("lab.welcome"));
    return ExitCode.OK;
  }
}
