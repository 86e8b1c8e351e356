package io.docklab.repl;

import io.docklab.i18n.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * docklab's {@code :} commands, each registered once: the lab looks commands up here, help lists
 * them from here, and Tab completes their names and arguments from here. Created empty, so that the
 * completer can hold it before the commands (which need the line reader) are registered.
 */
final class LabCommands {
  /** Help's column for what a command does: {@code " :reset lesson start..."}. */
  private static final String HELP_LINE = "  %-17s%s";

  private final List<LabCommand> commands = new CopyOnWriteArrayList<>();

  /** Registers {@code command}; its names must be new. */
  LabCommands add(LabCommand command) {
    List<String> words = new ArrayList<>(command.aliases());
    words.add(command.name());
    for (String word : words) {
      if (find(word).isPresent()) {
        throw new IllegalArgumentException("two commands are named :" + word);
      }
    }
    commands.add(command);
    return this;
  }

  /** The command {@code word} names (without its colon). */
  Optional<LabCommand> find(String word) {
    return commands.stream().filter(command -> command.isNamed(word)).findFirst();
  }

  /** Every command, in the order they were registered. */
  List<LabCommand> all() {
    return List.copyOf(commands);
  }

  /** Help's lines for the commands: names and aliases, then what each does. */
  List<String> helpLines() {
    List<String> lines = new ArrayList<>();
    for (LabCommand command : commands) {
      lines.add(String.format(HELP_LINE, shownNames(command), Messages.get(command.helpKey())));
      for (LabCommand.Argument use : command.arguments().get()) {
        if (use.inHelp()) {
          lines.add(
              String.format(HELP_LINE, command.shown() + " " + use.value(), use.description()));
        }
      }
    }
    return lines;
  }

  /**
   * The names help shows: the name and its one-letter short forms ({@code :quit, :q}); longer
   * aliases ({@code :exit}, {@code :lesson}) are accepted without being listed.
   */
  private static String shownNames(LabCommand command) {
    StringBuilder names = new StringBuilder(command.shown());
    for (String alias : command.aliases()) {
      if (alias.length() == 1) {
        names.append(", :").append(alias);
      }
    }
    return names.toString();
  }
}
