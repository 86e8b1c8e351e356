package io.docklab.exec;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The shell that runs lesson commands: the user's {@code $SHELL} when it is a POSIX-like one. */
public record UserShell(Path program) {
  private static final Set<String> SUPPORTED = Set.of("bash", "sh", "zsh", "dash");
  private static final Path FALLBACK = Path.of("/bin/bash");

  /** The shell named by {@code $SHELL}, else {@code /bin/bash}. */
  public static UserShell fromEnvironment() {
    return choose(System.getenv());
  }

  static UserShell choose(Map<String, String> environment) {
    String named = environment.get("SHELL");
    if (named != null && !named.isBlank()) {
      Path program = Path.of(named);
      if (program.isAbsolute()
          && SUPPORTED.contains(program.getFileName().toString())
          && Files.isExecutable(program)) {
        return new UserShell(program);
      }
    }
    return new UserShell(FALLBACK);
  }

  /** The program and arguments that run {@code script} with this shell. */
  public List<String> commandFor(String script, String... arguments) {
    List<String> command = new java.util.ArrayList<>(List.of(program.toString(), "-c", script));
    if (arguments.length > 0) {
      command.add("docklab"); // $0
      command.addAll(List.of(arguments));
    }
    return command;
  }
}
