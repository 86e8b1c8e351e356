package io.docklab.cli;

import io.docklab.util.Terminals;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The command lines that open the lab, {@code docklab start LESSON} and {@code docklab} alone on a
 * terminal, read without picocli: picocli reads docklab's annotations by reflection, about a
 * seventh of a second before the first prompt (bench/startup.sh). Only docklab's own options that
 * take part in opening the lab are understood here ({@code --lang}, {@code --lessons}, {@code
 * --context}, {@code --verbose}, before or after {@code start}); anything else (help, a typo,
 * another subcommand, a missing value) is left to picocli, which gives the usual help and errors.
 *
 * @param lessonId the lesson of {@code start}, or null for the catalogue
 */
record QuickCommandLine(
    String lessonId,
    String language,
    List<Path> lessonDirectories,
    boolean verbose,
    String context) {

  QuickCommandLine {
    lessonDirectories = List.copyOf(lessonDirectories);
  }

  QuickCommandLine(
      String lessonId, String language, List<Path> lessonDirectories, boolean verbose) {
    this(lessonId, language, lessonDirectories, verbose, null);
  }

  /** {@code args} when they plainly open the lab; empty when picocli should read them. */
  static Optional<QuickCommandLine> parse(String... args) {
    String language = null;
    String context = null;
    List<Path> directories = new ArrayList<>();
    boolean verbose = false;
    List<String> positional = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      String option = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
      boolean inline = !option.equals(arg);
      String value = inline ? arg.substring(option.length() + 1) : null;
      if (!inline && (arg.equals("--lang") || arg.equals("--lessons") || arg.equals("--context"))) {
        if (i + 1 == args.length) {
          return Optional.empty();
        }
        value = args[++i];
      }
      if (option.equals("--lang") && value != null && !value.isEmpty()) {
        language = value;
      } else if (option.equals("--context") && value != null && !value.isEmpty()) {
        context = value;
      } else if (option.equals("--lessons") && value != null && !value.isEmpty()) {
        directories.add(Path.of(value));
      } else if (arg.equals("--verbose")) {
        verbose = true;
      } else if (arg.startsWith("-")) {
        return Optional.empty();
      } else {
        positional.add(arg);
      }
    }
    if (positional.isEmpty()) {
      return Optional.of(new QuickCommandLine(null, language, directories, verbose, context));
    }
    if (positional.size() == 2 && positional.get(0).equals("start")) {
      return Optional.of(
          new QuickCommandLine(positional.get(1), language, directories, verbose, context));
    }
    return Optional.empty();
  }

  /**
   * Whether to run this command line here: {@code docklab start} always, {@code docklab} alone only
   * on a terminal (elsewhere it prints the catalogue through picocli).
   */
  boolean runsHere() {
    return lessonId != null || Terminals.interactive();
  }

  /** docklab's command, configured as picocli would configure it from the same arguments. */
  DocklabCommand docklab() {
    DocklabCommand docklab = new DocklabCommand();
    if (language != null) {
      docklab.setLanguage(language);
    }
    if (context != null) {
      docklab.setContext(context);
    }
    docklab.lessonDirectories.addAll(lessonDirectories);
    docklab.verbose = verbose;
    return docklab;
  }

  /** What {@code docklab} or {@code docklab start LESSON} does: opens the lab. */
  int call() throws Exception {
    DocklabCommand docklab = docklab();
    if (lessonId == null) {
      return docklab.call();
    }
    StartCommand start = new StartCommand();
    start.docklab = docklab;
    start.lessonId = lessonId;
    return start.call();
  }
}
