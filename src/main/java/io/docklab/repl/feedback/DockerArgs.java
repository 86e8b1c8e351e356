package io.docklab.repl.feedback;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A {@code docker} command line taken apart as docker reads it: the subcommand (management forms
 * such as {@code image tag} made plain: {@code tag}), its options with their values, and its other
 * words. Enough to compare two commands, not to run one: quotes and backslashes are undone,
 * substitutions and variables are left as they stand.
 *
 * @param subcommand {@code run}, {@code build}, {@code tag}, …
 * @param options each option given (long names as typed, {@code -p} and {@code --publish} apart)
 *     with its values in order
 * @param words the words that are not options: for {@code run} the image and its command
 */
public record DockerArgs(String subcommand, Map<String, List<String>> options, List<String> words) {

  /** Options that take a value, for the subcommands a lesson compares. */
  private static final Set<String> WITH_VALUE =
      Set.of(
          "-p",
          "--publish",
          "--name",
          "-e",
          "--env",
          "-v",
          "--volume",
          "-w",
          "--workdir",
          "--network",
          "--entrypoint",
          "-u",
          "--user",
          "--platform",
          "--restart",
          "-h",
          "--hostname",
          "-l",
          "--label",
          "--mount",
          "--cpus",
          "-m",
          "--memory",
          "--env-file",
          "--add-host",
          "--expose",
          "-t",
          "--tag",
          "-f",
          "--file",
          "--build-arg",
          "--target",
          "--progress",
          "--username",
          "--password",
          "--format",
          "--filter",
          "--log-driver",
          "--log-opt",
          "--ip",
          "--dns",
          "--network-alias",
          "--link",
          "--volumes-from",
          "--device",
          "--tmpfs",
          "--ulimit",
          "--cap-add",
          "--cap-drop",
          "--security-opt",
          "--sysctl",
          "--health-cmd",
          "--health-interval",
          "--health-retries",
          "--health-timeout",
          "--health-start-period",
          "--stop-signal",
          "--stop-timeout",
          "--shm-size",
          "--memory-swap",
          "--cpu-shares",
          "--cpuset-cpus",
          "--pid",
          "--ipc",
          "--userns",
          "--runtime",
          "--pull",
          "--label-file",
          "--cidfile",
          "--group-add",
          "--gpus",
          "--detach-keys",
          "-a",
          "--attach");

  /** Management commands and their verbs, as the plain subcommand they stand for. */
  private static final Map<String, String> PLAIN =
      Map.ofEntries(
          Map.entry("container run", "run"),
          Map.entry("container create", "create"),
          Map.entry("container start", "start"),
          Map.entry("container stop", "stop"),
          Map.entry("container rm", "rm"),
          Map.entry("container ls", "ps"),
          Map.entry("container exec", "exec"),
          Map.entry("container logs", "logs"),
          Map.entry("image build", "build"),
          Map.entry("buildx build", "build"),
          Map.entry("builder build", "build"),
          Map.entry("image tag", "tag"),
          Map.entry("image push", "push"),
          Map.entry("image pull", "pull"),
          Map.entry("image rm", "rmi"),
          Map.entry("image ls", "images"),
          Map.entry("image inspect", "inspect"),
          Map.entry("container inspect", "inspect"));

  /** Subcommands whose first word ends the options: the rest is the container's command. */
  private static final Set<String> IMAGE_THEN_COMMAND = Set.of("run", "create", "exec");

  /** {@code line} as a docker command; empty when it is not one (or not one alone). */
  public static Optional<DockerArgs> parse(String line) {
    List<String> argv = ShellWords.split(line);
    if (argv.isEmpty() || !isDocker(argv.get(0))) {
      return Optional.empty();
    }
    int at = 1;
    while (at < argv.size() && argv.get(at).startsWith("-")) {
      at += argv.get(at).contains("=") || !globalWithValue(argv.get(at)) ? 1 : 2;
    }
    if (at >= argv.size()) {
      return Optional.empty();
    }
    String subcommand = argv.get(at++);
    if (at < argv.size() && PLAIN.containsKey(subcommand + " " + argv.get(at))) {
      subcommand = PLAIN.get(subcommand + " " + argv.get(at++));
    }
    Map<String, List<String>> options = new LinkedHashMap<>();
    List<String> words = new ArrayList<>();
    boolean optionsEnded = false;
    for (; at < argv.size(); at++) {
      String word = argv.get(at);
      if (optionsEnded || !word.startsWith("-") || word.equals("-")) {
        words.add(word);
        optionsEnded |= IMAGE_THEN_COMMAND.contains(subcommand);
        continue;
      }
      if (word.equals("--")) {
        optionsEnded = true;
        continue;
      }
      int equals = word.indexOf('=');
      if (equals > 0 && word.startsWith("--")) {
        add(options, word.substring(0, equals), word.substring(equals + 1));
      } else if (WITH_VALUE.contains(word) && at + 1 < argv.size()) {
        add(options, word, argv.get(++at));
      } else if (word.matches("-[a-zA-Z]+[pevwu]") && at + 1 < argv.size()) {
        // -dp 4000:80: flags without a value, the last one taking the next word (not -it or
        // -tf, where t and f are flags of their own)
        add(options, word.substring(0, word.length() - 1), "");
        add(options, "-" + word.charAt(word.length() - 1), argv.get(++at));
      } else if (word.length() > 2
          && !word.startsWith("--")
          && WITH_VALUE.contains(word.substring(0, 2))) {
        add(options, word.substring(0, 2), word.substring(2)); // -p4000:80
      } else {
        add(options, word, "");
      }
    }
    return Optional.of(new DockerArgs(subcommand, options, words));
  }

  /** True when {@code option} (a short or long name, no value) takes a value. */
  public static boolean takesValue(String option) {
    return WITH_VALUE.contains(option);
  }

  /** The values of an option under any of its names, in order. */
  public List<String> values(String... names) {
    List<String> values = new ArrayList<>();
    for (String name : names) {
      values.addAll(options.getOrDefault(name, List.of()));
    }
    return values;
  }

  /** The {@code n}th word that is not an option, or empty. */
  public String word(int n) {
    return n < words.size() ? words.get(n) : "";
  }

  private static boolean isDocker(String word) {
    return word.equals("docker") || word.endsWith("/docker");
  }

  /**
   * True when {@code option} is one of docker's own options (before the subcommand) with a value.
   */
  public static boolean globalWithValue(String option) {
    return Set.of("-H", "--host", "-c", "--context", "--config", "-l", "--log-level")
        .contains(option);
  }

  private static void add(Map<String, List<String>> options, String name, String value) {
    options.computeIfAbsent(name, key -> new ArrayList<>()).add(value);
  }
}
