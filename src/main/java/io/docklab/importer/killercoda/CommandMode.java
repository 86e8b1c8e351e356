package io.docklab.importer.killercoda;

import io.docklab.repl.feedback.DockerArgs;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How an imported command runs in docklab: to its end (plain), in a terminal with a shell the
 * automated run leaves with {@code exit} (interactive), or holding the terminal until Ctrl-C, as
 * Killercoda's {@code {{exec interrupt}}} on the next block says (long-running).
 */
enum CommandMode {
  PLAIN,
  INTERACTIVE,
  LONG_RUNNING;

  private static final Set<String> SHELLS =
      Set.of("sh", "bash", "ash", "zsh", "/bin/sh", "/bin/bash", "/bin/ash", "/bin/zsh");
  private static final Pattern FOLLOWS =
      Pattern.compile(
          "^(tail\\s+-f|watch\\s|top\\b|htop\\b)|\\s(-f|--follow)\\b.*|^docker\\s+(events|attach)\\b");

  /** The mode of {@code command}; {@code interruptedNext} when Killercoda stops it with Ctrl-C. */
  static CommandMode of(String command, boolean interruptedNext) {
    if (interruptedNext) {
      return LONG_RUNNING;
    }
    Optional<DockerArgs> parsed = DockerArgs.parse(command);
    if (parsed.isPresent()) {
      DockerArgs args = parsed.get();
      boolean terminal =
          args.options().containsKey("-it")
              || args.options().containsKey("-ti")
              || (args.options().containsKey("-i") && args.options().containsKey("-t"))
              || args.options().containsKey("--interactive") && args.options().containsKey("--tty");
      boolean detached =
          args.options().containsKey("-d")
              || args.options().containsKey("--detach")
              || args.options().containsKey("-dit")
              || args.options().containsKey("-itd");
      switch (args.subcommand()) {
        case "run", "exec" -> {
          if (terminal && !detached) {
            return INTERACTIVE;
          }
          boolean server = !args.values("-p", "--publish").isEmpty();
          if ("run".equals(args.subcommand()) && server && !detached) {
            return LONG_RUNNING;
          }
        }
        case "logs" -> {
          if (args.options().containsKey("-f") || args.options().containsKey("--follow")) {
            return LONG_RUNNING;
          }
        }
        case "stats" -> {
          if (!args.options().containsKey("--no-stream")) {
            return LONG_RUNNING;
          }
        }
        case "events", "attach" -> {
          return LONG_RUNNING;
        }
        default -> {}
      }
      if (command.matches("^docker(-|\\s+)compose\\s+.*\\bup\\b.*")
          && !command.matches(".*\\s(-d|--detach)\\b.*")) {
        return LONG_RUNNING;
      }
      return PLAIN;
    }
    return FOLLOWS.matcher(command).find() ? LONG_RUNNING : PLAIN;
  }

  /** True when an interactive command opens a shell the automated run must leave. */
  static boolean opensShell(String command) {
    Optional<DockerArgs> parsed = DockerArgs.parse(command);
    if (parsed.isEmpty()) {
      return false;
    }
    DockerArgs args = parsed.get();
    // word 0 is the image or the container, word 1 the command (none: the image's own, a shell)
    return args.words().size() <= 1 || SHELLS.contains(args.word(1));
  }

  String attribute() {
    return switch (this) {
      case PLAIN -> "";
      case INTERACTIVE -> "mode=interactive";
      case LONG_RUNNING -> "mode=long-running";
    };
  }
}
