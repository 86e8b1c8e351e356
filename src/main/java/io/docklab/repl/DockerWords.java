package io.docklab.repl;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** The docker subcommands and common flags offered by Tab completion: a fixed table. */
final class DockerWords {
  private DockerWords() {}

  static final List<String> SUBCOMMANDS =
      List.of(
          "attach",
          "build",
          "commit",
          "container",
          "cp",
          "create",
          "exec",
          "history",
          "image",
          "images",
          "info",
          "inspect",
          "kill",
          "login",
          "logout",
          "logs",
          "network",
          "port",
          "ps",
          "pull",
          "push",
          "restart",
          "rm",
          "rmi",
          "run",
          "save",
          "start",
          "stats",
          "stop",
          "system",
          "tag",
          "top",
          "version",
          "volume");

  /** Subcommands of the management commands {@code docker container} and {@code docker image}. */
  static final Map<String, List<String>> MANAGEMENT =
      Map.of(
          "container",
          List.of(
              "attach", "commit", "cp", "create", "exec", "inspect", "kill", "logs", "ls", "port",
              "prune", "restart", "rm", "run", "start", "stats", "stop", "top"),
          "image",
          List.of(
              "build", "history", "inspect", "ls", "prune", "pull", "push", "rm", "save", "tag"),
          "system",
          List.of("df", "info", "prune"),
          "network",
          List.of("create", "inspect", "ls", "rm"),
          "volume",
          List.of("create", "inspect", "ls", "rm"));

  private static final List<String> RUN_FLAGS =
      List.of(
          "--detach",
          "-d",
          "--env",
          "-e",
          "--interactive",
          "-i",
          "--tty",
          "-t",
          "--name",
          "--publish",
          "-p",
          "--rm",
          "--volume",
          "-v",
          "--workdir",
          "-w",
          "--entrypoint",
          "--network",
          "--user",
          "-u");

  static final Map<String, List<String>> FLAGS =
      Map.ofEntries(
          Map.entry("run", RUN_FLAGS),
          Map.entry("create", RUN_FLAGS),
          Map.entry(
              "ps",
              List.of(
                  "--all",
                  "-a",
                  "--quiet",
                  "-q",
                  "--filter",
                  "-f",
                  "--format",
                  "--no-trunc",
                  "--latest",
                  "-l")),
          Map.entry("ls", List.of("--all", "-a", "--quiet", "-q", "--filter", "-f", "--format")),
          Map.entry(
              "images", List.of("--all", "-a", "--quiet", "-q", "--filter", "-f", "--format")),
          Map.entry(
              "build",
              List.of(
                  "--tag",
                  "-t",
                  "--file",
                  "-f",
                  "--no-cache",
                  "--pull",
                  "--build-arg",
                  "--quiet",
                  "-q")),
          Map.entry(
              "exec",
              List.of(
                  "--interactive",
                  "-i",
                  "--tty",
                  "-t",
                  "--detach",
                  "-d",
                  "--env",
                  "-e",
                  "--user",
                  "-u",
                  "--workdir",
                  "-w")),
          Map.entry("logs", List.of("--follow", "-f", "--tail", "--timestamps", "-t", "--since")),
          Map.entry("rm", List.of("--force", "-f", "--volumes", "-v")),
          Map.entry("rmi", List.of("--force", "-f")),
          Map.entry("stop", List.of("--time", "-t")),
          Map.entry("commit", List.of("--message", "-m", "--author", "-a", "--change", "-c")),
          Map.entry("login", List.of("--username", "-u", "--password-stdin")),
          Map.entry("push", List.of("--all-tags", "-a", "--quiet", "-q")),
          Map.entry("pull", List.of("--all-tags", "-a", "--quiet", "-q")),
          Map.entry("inspect", List.of("--format", "-f", "--type")),
          Map.entry("start", List.of("--attach", "-a", "--interactive", "-i")),
          Map.entry("prune", List.of("--force", "-f", "--all", "-a")));

  /** Subcommands whose arguments are containers. */
  static final Set<String> TAKE_CONTAINERS =
      Set.of(
          "attach", "commit", "cp", "exec", "inspect", "kill", "logs", "port", "restart", "rm",
          "start", "stats", "stop", "top");

  /** Of those, the subcommands that take running containers only. */
  static final Set<String> TAKE_RUNNING = Set.of("attach", "exec", "kill", "stats", "stop", "top");

  /** Of those, the subcommands that take stopped containers only. */
  static final Set<String> TAKE_STOPPED = Set.of("start");

  /** Subcommands whose arguments are images. */
  static final Set<String> TAKE_IMAGES =
      Set.of("run", "create", "rmi", "tag", "push", "history", "save", "pull");
}
