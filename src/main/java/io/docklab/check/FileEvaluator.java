package io.docklab.check;

import io.docklab.i18n.Messages;
import io.docklab.lesson.check.FileCheck;
import java.io.IOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * A {@code file} check: a file in the lesson workspace (or at an absolute path under the lesson's
 * {@code hostPaths}) exists (or not), with matching content.
 */
final class FileEvaluator implements CheckEvaluator<FileCheck> {
  /** Content beyond this many bytes is not compared. */
  static final int MAX_CONTENT = 1024 * 1024;

  @Override
  public CheckResult evaluate(FileCheck spec, CheckContext context, Duration waited) {
    String relative = context.variables().text(spec.path());
    String subject = Messages.get("check.file.subject", relative);
    Path file;
    try {
      file = relative.startsWith("/") ? onHost(relative) : context.workspace().resolve(relative);
    } catch (IllegalArgumentException outside) { // WorkspaceEscapeException too
      return Verdict.fail(spec, context, "check.failedToLook", subject, outside.getMessage());
    } catch (IOException unreadable) {
      return Verdict.fail(spec, context, "check.failedToLook", subject, unreadable.getMessage());
    }
    return FileFindings.judge(
        spec,
        context,
        subject,
        read(file),
        spec.exists(),
        TextMatch.substituted(spec.content(), context.variables()));
  }

  /**
   * An absolute path, which validation allowed under one of the lesson's {@code hostPaths}: read as
   * it is, unless a variable's value brought a {@code ..} into it.
   */
  private static Path onHost(String path) {
    if (("/" + path + "/").contains("/../")) {
      throw new IllegalArgumentException(Messages.get("check.file.climbs", path));
    }
    return Path.of(path);
  }

  private static FileFindings.Found read(Path file) {
    if (Files.isDirectory(file)) {
      return FileFindings.Found.DIRECTORY;
    }
    if (!Files.isRegularFile(file)) {
      return FileFindings.Found.ABSENT;
    }
    try (var in = Files.newInputStream(file)) {
      return FileFindings.Found.file(in.readNBytes(MAX_CONTENT));
    } catch (IOException unreadable) {
      return FileFindings.Found.unreadable(unreadable.getMessage());
    }
  }

  static String decode(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPLACE)
          .onUnmappableCharacter(CodingErrorAction.REPLACE)
          .decode(java.nio.ByteBuffer.wrap(bytes))
          .toString();
    } catch (java.nio.charset.CharacterCodingException impossible) {
      return new String(bytes, StandardCharsets.UTF_8);
    }
  }
}
