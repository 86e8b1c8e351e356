package io.docklab.cli;

import io.docklab.i18n.Messages;
import io.docklab.lesson.Requirements;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** {@code docklab}: with no subcommand, shows the lessons there are (as {@code docklab list}). */
@Command(
    name = "docklab",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "An interactive Docker lab for the terminal.",
    subcommands = {
      DoctorCommand.class,
      PrepareCommand.class,
      ListCommand.class,
      ValidateCommand.class
    })
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

  @Spec CommandSpec spec;

  @Option(
      names = "--lessons",
      scope = ScopeType.INHERIT,
      paramLabel = "DIR",
      description =
          "Also offer the lessons in DIR (repeatable; DOCKLAB_LESSONS adds more, separated like"
              + " PATH).")
  List<Path> lessonDirectories = new ArrayList<>();

  /** The directories given with {@code --lessons}, in order. */
  List<Path> lessonDirectories() {
    return List.copyOf(lessonDirectories);
  }

  @Override
  public Integer call() {
    return CatalogListing.print(
        lessonDirectories, spec.commandLine().getOut(), spec.commandLine().getErr());
  }
}
