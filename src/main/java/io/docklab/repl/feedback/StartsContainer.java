package io.docklab.repl.feedback;

import java.util.Optional;

/**
 * Whether a command line starts a container that goes on running after it ends ({@code docker run
 * -d}, {@code docker start}, {@code docker compose up -d}): what it serves may still be coming up
 * when the prompt is back, so a check's window is worth waiting out in the background.
 */
public final class StartsContainer {
  private StartsContainer() {}

  public static boolean in(String line) {
    Optional<DockerArgs> parsed = DockerArgs.parse(line);
    if (parsed.isEmpty()) {
      return false;
    }
    DockerArgs docker = parsed.get();
    return switch (docker.subcommand()) {
      case "run" -> !docker.values("-d", "--detach").isEmpty() || detachedInGroup(docker);
      case "start", "restart" -> true;
      case "compose" -> docker.words().contains("up") || docker.words().contains("start");
      default -> false;
    };
  }

  /** {@code -dp 4000:80}, {@code -itd}: {@code d} among single-letter flags. */
  private static boolean detachedInGroup(DockerArgs docker) {
    return docker.options().keySet().stream()
        .anyMatch(name -> name.matches("-[a-zA-Z]*d[a-zA-Z]*") && !name.startsWith("--"));
  }
}
