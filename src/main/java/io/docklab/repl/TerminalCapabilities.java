package io.docklab.repl;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.jline.utils.InfoCmp;

/**
 * What the terminal type ({@code TERM}) can do, kept in docklab's data directory: JLine asks {@code
 * infocmp} for any type it does not bundle ({@code tmux-256color}, say), a process started before
 * every first prompt. The kept description is handed to JLine before the terminal opens; it is
 * made, and checked against {@code infocmp}, in the background once the lab is up.
 */
final class TerminalCapabilities {
  private static final long TIMEOUT_SECONDS = 5;

  private final Path file;
  private final String type;
  private final List<String> infocmp;

  TerminalCapabilities(Path directory, String type, List<String> infocmp) {
    this.file = directory.resolve(type);
    this.type = type;
    this.infocmp = List.copyOf(infocmp);
  }

  /**
   * The capabilities of the terminal type in {@code TERM}, kept under {@code data}; empty when
   * there is no type, or one whose name could not be a file name.
   */
  static Optional<TerminalCapabilities> of(Path data, String type) {
    if (type == null || !type.matches("[A-Za-z0-9][A-Za-z0-9._+-]*")) {
      return Optional.empty();
    }
    return Optional.of(
        new TerminalCapabilities(
            data.resolve("cache").resolve("terminfo"), type, List.of("infocmp", "-x", type)));
  }

  /** Hands the kept description to JLine, so that it does not run infocmp; false when none. */
  boolean preload() {
    try {
      String kept = Files.readString(file, StandardCharsets.UTF_8);
      if (kept.isBlank()) {
        return false;
      }
      InfoCmp.setLoadedInfoCmp(type, kept);
      return true;
    } catch (IOException | RuntimeException notKept) {
      return false;
    }
  }

  /**
   * Runs infocmp and keeps what it says when that differs from the kept description (or there is
   * none yet); a failing infocmp changes nothing. For a background thread: it waits for infocmp.
   */
  void refresh() {
    try {
      Process process =
          new ProcessBuilder(infocmp)
              .redirectError(ProcessBuilder.Redirect.DISCARD)
              .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
              .start();
      String described;
      try (InputStream output = process.getInputStream()) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        output.transferTo(bytes);
        described = bytes.toString(StandardCharsets.UTF_8);
      }
      if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        return;
      }
      if (process.exitValue() != 0 || described.isBlank() || described.equals(kept())) {
        return;
      }
      keep(described);
    } catch (IOException | RuntimeException unavailable) {
      // No infocmp here, or nowhere to keep it: JLine asks infocmp itself next time.
    } catch (InterruptedException leaving) {
      Thread.currentThread().interrupt();
    }
  }

  private void keep(String described) throws IOException {
    Files.createDirectories(file.getParent());
    Path partial = Files.createTempFile(file.getParent(), type, ".partial");
    try {
      Files.writeString(partial, described, StandardCharsets.UTF_8);
      Files.move(
          partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(partial);
    }
  }

  private String kept() {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException | RuntimeException notKept) {
      return null;
    }
  }
}
