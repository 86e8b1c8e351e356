package io.docklab.repl;

import io.docklab.exec.ShellState;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Where the learner's shell is, as the prompt shows it: nothing in the workspace itself, {@code
 * …/sub} below it, the whole path anywhere else ({@code docklab[image-by-hand 3/13 /tmp]$}).
 */
final class PromptDirectory {
  private PromptDirectory() {}

  /** The directory for the prompt, with a space before it; empty in the workspace. */
  static String of(ShellState state) {
    try {
      return of(state.directory(), state.workspace().directory());
    } catch (IOException unavailable) {
      return "";
    }
  }

  static String of(Path directory, Path workspace) {
    Path here = real(directory);
    Path root = real(workspace);
    if (here.equals(root)) {
      return "";
    }
    if (here.startsWith(root)) {
      return " …/" + root.relativize(here);
    }
    return " " + here;
  }

  private static Path real(Path path) {
    try {
      return path.toRealPath();
    } catch (IOException | SecurityException gone) {
      return path.toAbsolutePath().normalize();
    }
  }
}
