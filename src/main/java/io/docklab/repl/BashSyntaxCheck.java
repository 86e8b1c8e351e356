package io.docklab.repl;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Asks bash whether shell text ends before its command does: {@code bash -n} reads the text from
 * its standard input without running any of it, and says "unexpected end of file", "unexpected EOF
 * while looking for …" or "here-document … delimited by end-of-file" when the text stops inside a
 * compound command, a quote, a substitution or a here-document. It runs with an empty environment
 * (no {@code BASH_ENV}, messages in the C locale). About 3 ms a question once the JVM has started
 * one process ({@code bench/continuation.sh}).
 */
final class BashSyntaxCheck {
  private static final List<Path> PLACES =
      List.of(Path.of("/bin/bash"), Path.of("/usr/bin/bash"), Path.of("/usr/local/bin/bash"));
  private static final List<String> END_OF_INPUT =
      List.of(
          "unexpected end of file", "unexpected EOF while looking for", "delimited by end-of-file");
  private static final long TIMEOUT_MILLIS = 2_000;

  private final Optional<Path> bash;

  private BashSyntaxCheck(Optional<Path> bash) {
    this.bash = bash;
  }

  /** With the first bash found in the usual places, else on the {@code PATH}. */
  static BashSyntaxCheck find() {
    for (Path place : PLACES) {
      if (Files.isExecutable(place)) {
        return new BashSyntaxCheck(Optional.of(place));
      }
    }
    String path = System.getenv("PATH");
    if (path != null) {
      for (String directory : path.split(java.io.File.pathSeparator)) {
        if (!directory.isEmpty()) {
          Path candidate = Path.of(directory, "bash");
          if (Files.isExecutable(candidate)) {
            return new BashSyntaxCheck(Optional.of(candidate));
          }
        }
      }
    }
    return new BashSyntaxCheck(Optional.empty());
  }

  /** With the bash at {@code program} (every question unanswered when it is not there). */
  static BashSyntaxCheck at(Path program) {
    return new BashSyntaxCheck(Optional.of(program));
  }

  /**
   * True when bash finds that {@code text} ends before its command does, false when it does not
   * (complete, or wrong in another way); empty when bash could not be asked (not there, or no
   * answer in time).
   */
  Optional<Boolean> endsEarly(String text) {
    if (bash.isEmpty()) {
      return Optional.empty();
    }
    ProcessBuilder builder =
        new ProcessBuilder(bash.get().toString(), "--norc", "--noprofile", "-n")
            .redirectOutput(ProcessBuilder.Redirect.DISCARD);
    builder.environment().clear();
    builder.environment().put("LC_ALL", "C");
    Process process = null;
    try {
      process = builder.start();
      try (OutputStream in = process.getOutputStream()) {
        in.write(text.getBytes(StandardCharsets.UTF_8));
      } catch (IOException gone) {
        // bash stopped reading: it has found what it says on its error stream.
      }
      String said;
      try (InputStream errors = process.getErrorStream()) {
        said = new String(errors.readAllBytes(), StandardCharsets.UTF_8);
      }
      if (!process.waitFor(TIMEOUT_MILLIS, TimeUnit.MILLISECONDS)) {
        return Optional.empty();
      }
      return Optional.of(END_OF_INPUT.stream().anyMatch(said::contains));
    } catch (IOException unavailable) {
      return Optional.empty();
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    } finally {
      if (process != null && process.isAlive()) {
        process.destroyForcibly();
      }
    }
  }
}
