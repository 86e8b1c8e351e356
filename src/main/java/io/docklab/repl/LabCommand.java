package io.docklab.repl;

import java.io.IOException;
import java.util.List;
import java.util.function.Supplier;

/**
 * One of docklab's own {@code :} commands, registered once ({@link LabCommands}) with everything
 * about it: its name and aliases, its help (a message key, in both languages), what Tab offers
 * after it, and what it does. Built as a sentence: {@code LabCommand.named("reset")
 * .help("lab.command.reset").arguments(...).does(resets::reset)}.
 *
 * @param name the word shown in help and completion, without its colon
 * @param aliases the other words that name it
 * @param helpKey the message that says what it does, in one short line
 * @param arguments what Tab offers after it
 * @param handler what it does
 */
record LabCommand(
    String name, List<String> aliases, String helpKey, Arguments arguments, Handler handler) {

  /** What a command does with its argument; false when the learner leaves the lab. */
  @FunctionalInterface
  interface Handler {
    boolean run(String argument) throws IOException, InterruptedException;
  }

  /** What a command does that never leaves the lab. */
  @FunctionalInterface
  interface Action {
    void run(String argument) throws IOException, InterruptedException;
  }

  /**
   * A word Tab offers after a command, with what it means.
   *
   * @param inHelp true when help lists it as a use of its own ({@code :reset lesson})
   */
  record Argument(String value, String description, boolean inHelp) {}

  /** What Tab offers after a command, asked for when Tab is pressed. */
  @FunctionalInterface
  interface Arguments extends Supplier<List<Argument>> {
    Arguments NONE = List::of;

    /** One fixed word, listed in help with the message {@code helpKey}. */
    static Arguments fixed(String value, String helpKey) {
      return () -> List.of(new Argument(value, io.docklab.i18n.Messages.get(helpKey), true));
    }
  }

  LabCommand {
    aliases = List.copyOf(aliases);
  }

  /** A command named {@code name} (and {@code aliases}) that does nothing yet. */
  static LabCommand named(String name, String... aliases) {
    return new LabCommand(name, List.of(aliases), "", Arguments.NONE, argument -> true);
  }

  LabCommand help(String key) {
    return new LabCommand(name, aliases, key, arguments, handler);
  }

  LabCommand arguments(Arguments offered) {
    return new LabCommand(name, aliases, helpKey, offered, handler);
  }

  /** Does {@code action}, and the lab goes on. */
  LabCommand does(Action action) {
    return new LabCommand(
        name,
        aliases,
        helpKey,
        arguments,
        argument -> {
          action.run(argument);
          return true;
        });
  }

  /** Does {@code action}, then the learner leaves the lab. */
  LabCommand leaves(Action action) {
    return new LabCommand(
        name,
        aliases,
        helpKey,
        arguments,
        argument -> {
          action.run(argument);
          return false;
        });
  }

  /** True when {@code word} (without its colon) names this command. */
  boolean isNamed(String word) {
    return name.equals(word) || aliases.contains(word);
  }

  /** The word shown in help and completion, with its colon. */
  String shown() {
    return ":" + name;
  }
}
