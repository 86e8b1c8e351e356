package io.docklab.repl;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;
import org.jline.reader.impl.completer.FileNameCompleter;

/**
 * Tab completion at the lab prompt: docklab's {@code :} commands, lesson ids after {@code
 * :lessons}, docker subcommands and common flags, container and image names from the engine, and
 * file names where the shell would take them.
 */
final class LabCompleter implements Completer {
  private final Supplier<List<String>> lessonIds;
  private final EngineNames engineNames;
  private final Completer files;
  private volatile boolean picking;
  private volatile Supplier<List<String>> variableNames = List::of;

  // JLine's line reader's own file-name completer: the one of jline-builtins would bring that
  // module for one class.
  @SuppressWarnings("deprecation")
  LabCompleter(
      Supplier<List<String>> lessonIds, EngineNames engineNames, Supplier<Path> directory) {
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

  /** The names {@code :set} completes: the current lesson's variables. */
  void variableNames(Supplier<List<String>> names) {
    this.variableNames = names;
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
        for (ReplCommand.Kind kind : ReplCommand.Kind.values()) {
          if (kind != ReplCommand.Kind.UNKNOWN) {
            candidates.add(plain(kind.shown()));
          }
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

  private void completeReplArgument(String command, List<Candidate> candidates) {
    ReplCommand.parse(command)
        .ifPresent(
            parsed -> {
              switch (parsed.kind()) {
                case RESET -> candidates.add(plain("lesson"));
                case LESSONS -> lessonIds.get().forEach(id -> candidates.add(plain(id)));
                case SET -> variableNames.get().forEach(name -> candidates.add(plain(name)));
                default -> {}
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
        names.containers().forEach(name -> candidates.add(plain(name)));
      }
      if (images) {
        names.images().forEach(name -> candidates.add(plain(name)));
      }
    }
  }

  private static Candidate plain(String value) {
    return new Candidate(value, value, null, null, null, null, true);
  }
}
