package io.docklab.repl;

import io.docklab.classroom.learner.ClassReporter;
import io.docklab.i18n.Messages;

/**
 * The lab's status line while a class is joined ({@code class Docker 101 · connected}, {@code ·
 * offline, 12 to send}), shown at the right of the prompt and redrawn there as the reporter's
 * outbox drains or the server goes away. It reads what the reporter last found in the background,
 * so the prompt never waits for the server.
 */
final class ClassStatusLine {
  private final ClassReporter reporter;
  private final Screen screen;

  private ClassStatusLine(ClassReporter reporter, Screen screen) {
    this.reporter = reporter;
    this.screen = screen;
  }

  /** The status line of {@code reporter}'s class, redrawn on {@code screen} when it changes. */
  static ClassStatusLine of(ClassReporter reporter, Screen screen) {
    ClassStatusLine line = new ClassStatusLine(reporter, screen);
    reporter.onChange(() -> screen.rightPromptChanged(line.text()));
    return line;
  }

  /** The line as it stands, styled for the right of the prompt. */
  String text() {
    return screen.style().dim(plain(reporter.status()));
  }

  /** The line's words, without style. */
  static String plain(ClassReporter.Status status) {
    return switch (status.connection()) {
      case CONNECTED -> Messages.get("class.line.connected", status.className());
      case CONNECTING -> Messages.get("class.line.connecting", status.className());
      case OFFLINE ->
          status.pending() > 0
              ? Messages.get("class.line.offline", status.className(), status.pending())
              : Messages.get("class.line.offlineNothing", status.className());
    };
  }
}
