package io.docklab.importer.killercoda;

import io.docklab.docker.ImageReference;
import io.docklab.repl.feedback.DockerArgs;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a scenario's commands and files name: the images it runs or builds from ({@code
 * requires.images}), the host ports it publishes ({@code requires.ports}), and the containers,
 * images, networks and volumes it makes ({@code creates}), so that docklab's reset and test remove
 * exactly those.
 */
final class CommandFacts {
  private static final Pattern FROM =
      Pattern.compile("(?im)^\\s*FROM\\s+(?:--platform=\\S+\\s+)?(\\S+)(?:\\s+AS\\s+(\\S+))?");
  private static final Pattern SERVICE_IMAGE =
      Pattern.compile("(?m)^\\s+image:\\s*[\"']?([\\w][\\w./:@-]*)[\"']?\\s*(?:#.*)?$");
  private static final Pattern HOST_PORT =
      Pattern.compile("^(?:127\\.0\\.0\\.1:|0\\.0\\.0\\.0:)?(\\d{1,5}):\\d{1,5}(?:/\\w+)?$");

  private static final Pattern REDIRECT =
      Pattern.compile(
          "(?<![0-9&>])>{1,2}\\s*([A-Za-z0-9_][\\w.-]*(?:/[\\w.-]+)*)(?=\\s|;|&|\\||$)");
  private final Set<String> used = new LinkedHashSet<>();
  private final Set<String> stages = new LinkedHashSet<>();
  private final Set<String> images = new LinkedHashSet<>();
  private final Set<String> containers = new LinkedHashSet<>();
  private final Set<String> networks = new LinkedHashSet<>();
  private final Set<String> volumes = new LinkedHashSet<>();
  private final Set<Integer> ports = new LinkedHashSet<>();
  private final Set<String> written = new LinkedHashSet<>();
  private boolean compose;

  /** True when {@code line} runs Docker Compose (either spelling) in one of its commands. */
  static boolean isCompose(String line) {
    return ShellRewrite.simpleCommands(line).stream().anyMatch(CommandFacts::runsCompose);
  }

  private static boolean runsCompose(String simple) {
    return simple.startsWith("docker-compose") || simple.startsWith("docker compose");
  }

  /** Reads one command line (of the learner's, a solution's or a setup's). */
  void command(String line) {
    for (String simple : ShellRewrite.simpleCommands(line)) {
      Optional<DockerArgs> parsed = DockerArgs.parse(simple);
      if (runsCompose(simple)) {
        compose = true;
      }
      parsed.ifPresent(this::docker);
      Matcher redirect = REDIRECT.matcher(simple.lines().findFirst().orElse(""));
      while (redirect.find()) {
        if (!redirect.group(1).contains("..")) {
          written.add(redirect.group(1)); // echo x > notes.txt: the workspace's, made by the lesson
        }
      }
    }
    file(line); // a here-document may hold a Dockerfile
  }

  /** Reads a file the scenario writes (a Dockerfile or a Compose file among them). */
  void file(String content) {
    Matcher service = SERVICE_IMAGE.matcher(content);
    while (service.find()) {
      if (!service.group(1).contains("$")) {
        used.add(service.group(1)); // a Compose service's image
      }
    }
    Matcher from = FROM.matcher(content);
    while (from.find()) {
      if (from.group(2) != null) {
        stages.add(from.group(2));
      }
      if (!from.group(1).contains("$")) {
        used.add(from.group(1));
      }
    }
  }

  private void docker(DockerArgs args) {
    switch (args.subcommand()) {
      case "run", "create" -> {
        if (!args.word(0).isEmpty() && !args.word(0).contains("$")) {
          used.add(args.word(0));
        }
        args.values("--name").forEach(containers::add);
        for (String volume : args.values("-v", "--volume")) {
          String source = volume.split(":")[0];
          if (volume.contains(":") && source.matches("[A-Za-z0-9][\\w.-]*")) {
            volumes.add(source);
          }
        }
        for (String network : args.values("--network", "--net")) {
          if (!Set.of("bridge", "host", "none").contains(network)) {
            networks.add(network);
          }
        }
        for (String publish : args.values("-p", "--publish")) {
          Matcher port = HOST_PORT.matcher(publish);
          if (port.matches()) {
            ports.add(Integer.parseInt(port.group(1)));
          }
        }
      }
      case "pull" -> used.add(args.word(0));
      case "build" -> args.values("-t", "--tag").forEach(images::add);
      case "tag" -> images.add(args.word(1));
      case "commit" -> images.add(args.word(1));
      case "network" -> {
        if (args.word(0).equals("create")) {
          networks.add(args.words().get(args.words().size() - 1));
        }
      }
      case "volume" -> {
        if (args.word(0).equals("create") && args.words().size() > 1) {
          volumes.add(args.words().get(args.words().size() - 1));
        }
      }
      default -> {}
    }
  }

  /** The images to be present before the lesson: used, neither made by it nor a build stage. */
  List<String> requiredImages() {
    Set<String> made = new LinkedHashSet<>();
    images.forEach(image -> made.add(familiar(image)));
    return used.stream()
        .filter(image -> !image.isEmpty() && !stages.contains(image))
        .filter(image -> !made.contains(familiar(image)))
        .map(CommandFacts::familiar)
        .distinct()
        .toList();
  }

  List<String> images() {
    return images.stream().filter(image -> !image.isEmpty()).map(CommandFacts::familiar).toList();
  }

  /** The image the lesson makes whose name is {@code name} (any tag), else {@code name}. */
  String imageNamed(String name) {
    return images().stream()
        .filter(image -> ImageReference.parse(image).repository().equals(name))
        .findFirst()
        .orElse(name);
  }

  List<String> containers() {
    return List.copyOf(containers);
  }

  /** Workspace files the commands write with {@code >} or {@code >>}: the lesson's to clean. */
  List<String> writtenFiles() {
    return List.copyOf(written);
  }

  List<String> networks() {
    return List.copyOf(networks);
  }

  List<String> volumes() {
    return List.copyOf(volumes);
  }

  List<Integer> ports() {
    return List.copyOf(ports);
  }

  boolean usesCompose() {
    return compose;
  }

  private static String familiar(String image) {
    try {
      return ImageReference.familiar(image);
    } catch (IllegalArgumentException unparsable) {
      return image;
    }
  }
}
