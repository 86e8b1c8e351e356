package io.docklab.cli;

import io.docklab.docker.EngineUnreachableException;
import io.docklab.i18n.Messages;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/** Builds docklab's command line: subcommands, error handling and exit-code mapping. */
public final class CommandLineFactory {
  private CommandLineFactory() {}

  public static CommandLine create() {
    CommandLine commandLine = new CommandLine(new DocklabCommand());
    // picocli would write in the locale's charset, which is ASCII when the locale is missing.
    commandLine.setOut(utf8(System.out));
    commandLine.setErr(utf8(System.err));
    commandLine.setExecutionExceptionHandler(CommandLineFactory::handleExecutionException);
    commandLine.setParameterExceptionHandler(CommandLineFactory::handleParameterException);
    return commandLine;
  }

  private static PrintWriter utf8(OutputStream stream) {
    return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), true);
  }

  private static int handleExecutionException(
      Exception exception, CommandLine commandLine, CommandLine.ParseResult parseResult) {
    PrintWriter err = commandLine.getErr();
    boolean verbose = parseResult.hasMatchedOption("--verbose");
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
