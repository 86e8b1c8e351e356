package io.docklab.cli;

import io.docklab.docker.EngineUnreachableException;
import io.docklab.i18n.Messages;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.function.Supplier;
import picocli.CommandLine;

/** Builds docklab's command line: subcommands, error handling and exit-code mapping. */
public final class CommandLineFactory {
  private CommandLineFactory() {}

  /**
   * docklab's subcommands, in the order its help lists them. picocli reads the annotations of each
   * subcommand it is given (a twentieth of a second for all of them at start-up), so {@link
   * #create(String...)} gives it only the one a command line names.
   */
  private static final Map<String, Supplier<Object>> SUBCOMMANDS = subcommands();

  /** The options of {@code docklab} itself that take a value as the next argument. */
  private static final Set<String> OPTIONS_WITH_VALUE = Set.of("--lang", "--lessons");

  /** The resource bundle of the help texts, beside docklab's other messages. */
  static final String HELP = "io.docklab.i18n.help";

  private static Map<String, Supplier<Object>> subcommands() {
    Map<String, Supplier<Object>> subcommands = new LinkedHashMap<>();
    subcommands.put("doctor", DoctorCommand::new);
    subcommands.put("prepare", PrepareCommand::new);
    subcommands.put("list", ListCommand::new);
    subcommands.put("start", StartCommand::new);
    subcommands.put("validate", ValidateCommand::new);
    subcommands.put("new", NewCommand::new);
    subcommands.put("reset", ResetCommand::new);
    subcommands.put("cds-training", CdsTrainingCommand::new);
    subcommands.put("test", TestCommand::new);
    subcommands.put("class", ClassCommand::new);
    subcommands.put("completion", CompletionCommand::new);
    subcommands.put("import", ImportCommand::new);
    return Collections.unmodifiableMap(subcommands);
  }

  /**
   * Runs docklab with {@code args} and gives its exit status: the command lines that open the lab
   * directly ({@link QuickCommandLine}), every other one through picocli.
   */
  public static int execute(String[] args, PrintWriter out, PrintWriter err) {
    Optional<QuickCommandLine> quick =
        QuickCommandLine.parse(args).filter(QuickCommandLine::runsHere);
    if (quick.isPresent()) {
      try {
        return quick.get().call();
      } catch (Exception exception) {
        return report(exception, err, quick.get().verbose());
      }
    }
    languageOf(args).ifPresent(language -> Messages.use(Locale.forLanguageTag(language)));
    CommandLine commandLine = create(args);
    commandLine.setOut(out);
    commandLine.setErr(err);
    return commandLine.execute(args);
  }

  /** A writer that writes UTF-8, whatever the locale says, and flushes each line. */
  public static PrintWriter utf8(OutputStream stream) {
    return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), true);
  }

  /** The command line with all of docklab's subcommands. */
  public static CommandLine create() {
    return create(SUBCOMMANDS.keySet());
  }

  /**
   * The command line to execute {@code args} with: only the subcommand {@code args} name when they
   * plainly name one, else all of them (so that help, errors and suggestions are the same).
   */
  public static CommandLine create(String... args) {
    return subcommandOf(args)
        .map(Set::of)
        .map(CommandLineFactory::create)
        .orElseGet(() -> create());
  }

  /**
   * The subcommand {@code args} name: their first argument that is neither an option nor its value.
   */
  static Optional<String> subcommandOf(String... args) {
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (OPTIONS_WITH_VALUE.contains(arg)) {
        i++;
      } else if (arg.equals("--")) {
        return Optional.empty();
      } else if (!arg.startsWith("-")) {
        return SUBCOMMANDS.containsKey(arg) ? Optional.of(arg) : Optional.empty();
      }
    }
    return Optional.empty();
  }

  /**
   * The language {@code args} ask for with {@code --lang}, read before picocli parses them: the
   * help is built from the resource bundle of that language.
   */
  static Optional<String> languageOf(String... args) {
    Optional<String> language = Optional.empty();
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--")) {
        break;
      } else if (args[i].equals("--lang") && i + 1 < args.length) {
        language = Optional.of(args[++i]);
      } else if (args[i].startsWith("--lang=")) {
        language = Optional.of(args[i].substring("--lang=".length()));
      }
    }
    return language;
  }

  /** The help texts of docklab's commands and options, in the language of this run. */
  static ResourceBundle help() {
    return ResourceBundle.getBundle(
        HELP,
        Messages.locale(),
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  private static CommandLine create(Set<String> subcommands) {
    CommandLine commandLine = new CommandLine(new DocklabCommand());
    SUBCOMMANDS.forEach(
        (name, command) -> {
          if (subcommands.contains(name)) {
            commandLine.addSubcommand(name, command.get());
          }
        });
    commandLine.setResourceBundle(help());
    // picocli would write in the locale's charset, which is ASCII when the locale is missing.
    commandLine.setOut(utf8(System.out));
    commandLine.setErr(utf8(System.err));
    commandLine.setExecutionExceptionHandler(CommandLineFactory::handleExecutionException);
    commandLine.setParameterExceptionHandler(CommandLineFactory::handleParameterException);
    return commandLine;
  }

  private static int handleExecutionException(
      Exception exception, CommandLine commandLine, CommandLine.ParseResult parseResult) {
    return report(exception, commandLine.getErr(), verbose(parseResult));
  }

  /** Whether {@code --verbose} was given, before the subcommand or after it. */
  static boolean verbose(CommandLine.ParseResult parseResult) {
    for (var result = parseResult; result != null; result = result.subcommand()) {
      if (result.hasMatchedOption("--verbose")) {
        return true;
      }
    }
    return false;
  }

  /** Says on {@code err} what went wrong and gives the exit status that goes with it. */
  private static int report(Exception exception, PrintWriter err, boolean verbose) {
    if (exception instanceof ExitException exit) {
      err.println(exit.getMessage());
      return exit.status();
    }
    if (exception instanceof EngineUnreachableException unreachable) {
      err.println(unreachable.describe());
      return ExitCode.ENGINE_UNREACHABLE;
    }
    err.println(Messages.get("error.internal", exception));
    if (verbose) {
      exception.printStackTrace(err);
    } else {
      err.println(Messages.get("error.rerunVerbose"));
    }
    return ExitCode.INTERNAL;
  }

  private static int handleParameterException(
      CommandLine.ParameterException exception, String[] args) {
    CommandLine commandLine = exception.getCommandLine();
    PrintWriter err = commandLine.getErr();
    err.println("docklab: " + exception.getMessage());
    CommandLine.UnmatchedArgumentException.printSuggestions(exception, err);
    err.println(Messages.get("error.seeHelp", commandLine.getCommandSpec().qualifiedName()));
    return ExitCode.USAGE;
  }
}
