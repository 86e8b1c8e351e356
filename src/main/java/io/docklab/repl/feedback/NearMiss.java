package io.docklab.repl.feedback;

import io.docklab.i18n.Messages;
import java.util.List;
import java.util.Optional;

/**
 * A docker command that is almost one of the step's: the same subcommand with another value where
 * it matters (the tag given, the port published, the container's name, the image run). Said in one
 * sentence, the step's value first: {@code the step tags x:part2; you tagged x:part-2}.
 */
public final class NearMiss {
  private NearMiss() {}

  /**
   * The first difference between {@code typed} and the step command of the same subcommand, in
   * words; empty when {@code typed} is no docker command, none of the step's has its subcommand, or
   * nothing compared differs.
   */
  public static Optional<String> between(String typed, List<String> stepCommands) {
    Optional<DockerArgs> parsed = DockerArgs.parse(typed);
    if (parsed.isEmpty()) {
      return Optional.empty();
    }
    DockerArgs mine = parsed.get();
    for (String command : stepCommands) {
      Optional<DockerArgs> step = DockerArgs.parse(command);
      if (step.isPresent() && step.get().subcommand().equals(mine.subcommand())) {
        Optional<String> difference = difference(step.get(), mine);
        if (difference.isPresent()) {
          return difference;
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<String> difference(DockerArgs step, DockerArgs mine) {
    return switch (step.subcommand()) {
      case "tag" ->
          first(
              compare("nearMiss.tagSource", step.word(0), mine.word(0)),
              compare("nearMiss.tag", step.word(1), mine.word(1)));
      case "build" ->
          compare(
              "nearMiss.build",
              String.join(" ", step.values("-t", "--tag")),
              String.join(" ", mine.values("-t", "--tag")));
      case "run", "create" ->
          first(
              compare("nearMiss.image", step.word(0), mine.word(0)),
              compare(
                  "nearMiss.port",
                  String.join(" ", step.values("-p", "--publish")),
                  String.join(" ", mine.values("-p", "--publish"))),
              compare(
                  "nearMiss.name",
                  String.join(" ", step.values("--name")),
                  String.join(" ", mine.values("--name"))));
      case "push", "pull", "rmi", "start", "stop", "rm", "logs", "inspect" ->
          compare(
              "nearMiss.value",
              String.join(" ", step.words()),
              String.join(" ", mine.words()),
              step.subcommand());
      default -> Optional.empty();
    };
  }

  @SafeVarargs
  private static Optional<String> first(Optional<String>... differences) {
    for (Optional<String> difference : differences) {
      if (difference.isPresent()) {
        return difference;
      }
    }
    return Optional.empty();
  }

  private static Optional<String> compare(String key, String step, String mine) {
    return compare(key, step, mine, "");
  }

  private static Optional<String> compare(String key, String step, String mine, String extra) {
    if (step.equals(mine)) {
      return Optional.empty();
    }
    String none = Messages.get("nearMiss.none");
    return Optional.of(
        Messages.get(key, step.isEmpty() ? none : step, mine.isEmpty() ? none : mine, extra));
  }
}
