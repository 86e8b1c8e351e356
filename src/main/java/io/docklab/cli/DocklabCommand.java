package io.docklab.cli;

import io.docklab.docker.EngineLocator;
import io.docklab.i18n.Messages;
import io.docklab.lesson.Requirements;
import io.docklab.lesson.catalog.LessonCatalog;
import io.docklab.lesson.catalog.LessonSources;
import io.docklab.util.Terminals;
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

/**
 * {@code docklab}: with no subcommand, opens the lab at the catalogue on a terminal; elsewhere (a
 * script, a pipe) prints the catalogue as {@code docklab list} does.
 */
@Command(
    name = "docklab",
    mixinStandardHelpOptions = true,
    // The subcommands are added by CommandLineFactory, only those a command line needs, with the
    // help texts of io/docklab/i18n/help.properties.
    versionProvider = VersionProvider.class)
public final class DocklabCommand implements Callable<Integer> {

  @Option(
      names = "--lang",
      scope = ScopeType.INHERIT,
      paramLabel = "LANG",
      completionCandidates = Languages.class)
  void setLanguage(String language) {
    Messages.use(Locale.forLanguageTag(language));
  }

  /** The languages docklab speaks: what Tab offers after {@code --lang}. */
  static final class Languages implements Iterable<String> {
    @Override
    public java.util.Iterator<String> iterator() {
      return List.of("en", "ja").iterator();
    }
  }

  @Option(names = "--context", scope = ScopeType.INHERIT, paramLabel = "NAME")
  void setContext(String name) {
    EngineLocator.useContext(name);
  }

  @Option(names = "--verbose", scope = ScopeType.INHERIT)
  boolean verbose;

  /** The catalogue: the bundled lessons, those of {@code --lessons} and of DOCKLAB_LESSONS. */
  LessonCatalog catalog() {
    return sources().catalog();
  }

  /** The lesson files of the catalogue, loaded as they are asked for. */
  LessonSources sources() {
    List<Path> directories =
        new ArrayList<>(
            LessonCatalog.directories(lessonDirectories, System.getenv(LessonCatalog.ENVIRONMENT)));
    // The lessons of the class joined (docklab class join), when there is one: one look at the
    // disk.
    io.docklab.classroom.learner.ClassroomFiles.in(io.docklab.util.DataDirectory.resolve())
        .joinedLessons()
        .filter(classLessons -> !directories.contains(classLessons))
        .ifPresent(directories::add);
    return LessonSources.of(directories);
  }

  /** What the lessons of the catalogue need, all together; lessons that do not load are named. */
  Requirements lessonNeeds() {
    LessonCatalog catalog = catalog();
    catalog
        .problems()
        .forEach(problem -> System.err.println(Messages.get("list.skipped", problem)));
    return catalog.requirements();
  }

  @Spec CommandSpec spec;

  @Option(names = "--lessons", scope = ScopeType.INHERIT, paramLabel = "DIR")
  List<Path> lessonDirectories = new ArrayList<>();

  /**
   * Refuses to open the lab from a command typed at the lab prompt: the learner is in it already,
   * and two labs would write the same progress file.
   */
  static void refuseInsideTheLab() {
    String lesson = System.getenv(io.docklab.repl.Lab.INSIDE);
    if (lesson != null && !lesson.isBlank()) {
      throw new ExitException(ExitCode.USAGE, Messages.get("lab.nested", lesson));
    }
  }

  @Override
  public Integer call() throws java.io.IOException {
    if (Terminals.interactive()) {
      refuseInsideTheLab();
      // The catalogue is parsed while another thread opens the terminal and reads the progress.
      var opening = io.docklab.repl.Lab.startOpening();
      List<io.docklab.lesson.Lesson> lessons;
      try {
        lessons = catalog().lessons();
      } catch (RuntimeException failed) {
        io.docklab.repl.Lab.discard(opening);
        throw failed;
      }
      new io.docklab.repl.Lab(lessons).open(java.util.Optional.empty(), opening);
      return ExitCode.OK;
    }
    return CatalogListing.print(
        catalog(), spec.commandLine().getOut(), spec.commandLine().getErr());
  }
}
