package io.docklab.repl;

import io.docklab.i18n.Messages;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;
import org.jline.reader.impl.completer.FileNameCompleter;

/**
 * Tab completion at the lab prompt: docklab's {@code :} commands and their arguments (as each
 * command was registered, with what it does), docker subcommands and common flags, container names
 * (running ones after {@code stop}, stopped ones after {@code start}) and image names from the
 * engine, and file names where the shell would take them.
 */
final class LabCompleter implements Completer {
  private final LabCommands commands;
  private final Supplier<List<String>> lessonIds;
  private final EngineNames engineNames;
  private final Completer files;
  private volatile boolean picking;

  /**
   * @param lessonIds offered while the learner picks a lesson from the catalogue
   */
  @SuppressWarnings(
      "deprecation") // JLine's reader's own FileNameCompleter: no jline-builtins for it
  LabCompleter(
      LabCommands commands,
      Supplier<List<String>> lessonIds,
      EngineNames engineNames,
      Supplier<Path> directory) {
    this.commands = commands;
    this.lessonIds = lessonIds;
    this.engineNames = engineNames;
    this.files =
        new FileNameCompleter() {
          @Override
          protected Path getUserDir() {
            return directory.get();
          }
        };
  }

  /** While the learner picks a lesson, only lesson ids are offered. */
  void picking(boolean picking) {
    this.picking = picking;
  }

  @Override
  public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
    if (picking) {
      if (line.wordIndex() == 0) {
        lessonIds.get().forEach(id -> candidates.add(plain(id)));
      }
      return;
    }
    List<String> words = line.words();
    int index = line.wordIndex();
    String word = line.word();
    if (index == 0) {
      if (word.startsWith(":")) {
        for (LabCommand command : commands.all()) {
          String description = Messages.get(command.helpKey());
          candidates.add(described(command.shown(), description));
        }
      } else {
        candidates.add(plain("docker"));
        files.complete(reader, line, candidates);
      }
      return;
    }
    String first = words.get(0);
    if (first.startsWith(":")) {
      completeReplArgument(first, candidates);
    } else if (first.equals("docker")) {
      completeDocker(words, index, word, candidates);
    } else {
      files.complete(reader, line, candidates);
    }
  }

  private void completeReplArgument(String word, List<Candidate> candidates) {
    ReplCommand.parse(word)
        .flatMap(parsed -> commands.find(parsed.word()))
        .ifPresent(
            command -> {
              for (LabCommand.Argument argument : command.arguments().get()) {
                candidates.add(described(argument.value(), argument.description()));
              }
            });
  }

  private void completeDocker(
      List<String> words, int index, String word, List<Candidate> candidates) {
    if (index == 1) {
      DockerWords.SUBCOMMANDS.forEach(sub -> candidates.add(plain(sub)));
      return;
    }
    String group = words.get(1);
    List<String> managed = DockerWords.MANAGEMENT.get(group);
    String sub = group;
    if (managed != null) {
      if (index == 2) {
        managed.forEach(name -> candidates.add(plain(name)));
        return;
      }
      sub = words.get(2);
    }
    if (word.startsWith("-")) {
      DockerWords.FLAGS.getOrDefault(sub, List.of()).forEach(flag -> candidates.add(plain(flag)));
      return;
    }
    boolean images =
        group.equals("image")
            ? !sub.equals("ls") && !sub.equals("prune")
            : DockerWords.TAKE_IMAGES.contains(sub);
    boolean containers = !group.equals("image") && DockerWords.TAKE_CONTAINERS.contains(sub);
    if (sub.equals("commit") && index >= (managed == null ? 3 : 4)) {
      images = true; // docker commit CONTAINER IMAGE
      containers = false;
    }
    if (images || containers) {
      EngineNames.Names names = engineNames.now();
      if (containers) {
        addContainers(sub, names, candidates);
      }
      if (images) {
        names.images().forEach(name -> candidates.add(plain(name)));
      }
    }
  }

  /**
   * The containers {@code sub} takes, each said running or stopped: running ones to stop, stopped
   * ones to start, else all.
   */
  private static void addContainers(
      String sub, EngineNames.Names names, List<Candidate> candidates) {
    String running = Messages.get("lab.complete.running");
    String stopped = Messages.get("lab.complete.stopped");
    if (!DockerWords.TAKE_STOPPED.contains(sub)) {
      names.running().forEach(name -> candidates.add(described(name, running)));
    }
    if (!DockerWords.TAKE_RUNNING.contains(sub)) {
      names.stopped().forEach(name -> candidates.add(described(name, stopped)));
    }
  }

  private static Candidate described(String value, String description) {
    return new Candidate(
        value, value, null, description.isBlank() ? null : description, null, null, true);
  }

  private static Candidate plain(String value) {
    return new Candidate(value, value, null, null, null, null, true);
  }
}
