package io.docklab.check;

import io.docklab.lesson.check.CheckSpec;
import io.docklab.lesson.check.Matcher;

/**
 * The verdict on a file, wherever it was looked for (the workspace, a container, an image): it
 * should exist or not, and its content should match.
 */
final class FileFindings {
  private FileFindings() {}

  /** What was found at the path. */
  record Found(Kind kind, String content, String problem) {
    enum Kind {
      ABSENT,
      DIRECTORY,
      FILE,
      UNREADABLE
    }

    static final Found ABSENT = new Found(Kind.ABSENT, null, null);
    static final Found DIRECTORY = new Found(Kind.DIRECTORY, null, null);

    /** A file whose content was not read: the check only asks whether it is there. */
    static final Found EXISTS = new Found(Kind.FILE, "", null);

    static Found file(byte[] content) {
      return new Found(Kind.FILE, FileEvaluator.decode(content), null);
    }

    static Found unreadable(String problem) {
      return new Found(Kind.UNREADABLE, null, problem);
    }
  }

  static CheckResult judge(
      CheckSpec spec,
      CheckContext context,
      String subject,
      Found found,
      boolean exists,
      Matcher content) {
    if (!exists) {
      return found.kind() == Found.Kind.ABSENT
          ? Verdict.pass(spec, "check.file.none", subject)
          : Verdict.fail(spec, context, "check.file.unwanted", subject);
    }
    switch (found.kind()) {
      case ABSENT:
        return Verdict.fail(spec, context, "check.file.absent", subject);
      case DIRECTORY:
        return Verdict.fail(spec, context, "check.file.directory", subject);
      case UNREADABLE:
        return Verdict.fail(spec, context, "check.failedToLook", subject, found.problem());
      default:
        break;
    }
    if (content == null) {
      return Verdict.pass(spec, "check.file.ok", subject);
    }
    String wanted = TextMatch.describe(content);
    if (content.test(found.content())) {
      return Verdict.pass(spec, "check.file.contentOk", subject, wanted);
    }
    return Verdict.fail(
        spec,
        context,
        "check.file.content",
        subject,
        wanted,
        TextMatch.found(found.content(), content, false));
  }
}
