package io.docklab.repl;

import io.docklab.docker.EngineAccess;
import io.docklab.exec.Workspace;
import io.docklab.i18n.Messages;
import io.docklab.lesson.Lesson;
import io.docklab.progress.Progress;
import io.docklab.progress.ProgressStore;
import io.docklab.repl.render.Style;
import io.docklab.session.LessonSession;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

/**
 * What the lab's commands share: the screen, the learner's progress and where it is saved, the
 * engine, the lessons, and the lesson open now.
 */
final class LabContext {
  private final Screen screen;
  private final Progress progress;
  private final ProgressStore store;
  private final EngineAccess engine;
  private final Path dataDirectory;
  private final Supplier<List<Lesson>> lessons;
  private final VariableSettings settings;
  private volatile OpenLesson open;
  private LessonSession.Listener reporter = LessonSession.Listener.NONE;
  private volatile ClassStatusLine classLine;

  LabContext(
      Screen screen,
      Progress progress,
      ProgressStore store,
      EngineAccess engine,
      Path dataDirectory,
      Supplier<List<Lesson>> lessons) {
    this.screen = screen;
    this.progress = progress;
    this.store = store;
    this.engine = engine;
    this.dataDirectory = dataDirectory;
    this.lessons = lessons;
    this.settings = new VariableSettings(progress, screen.style(), Messages.locale());
  }

  /** Opens {@code lesson} in its workspace, at the learner's place in it; closes the one before. */
  OpenLesson open(Lesson lesson) {
    if (open != null) {
      open.close();
    }
    LessonSession session = LessonSession.open(lesson, progress, this::save, reporter);
    session.shown();
    Workspace workspace = Workspace.forLesson(store.workspaceHome(), lesson.id());
    open = new OpenLesson(session, workspace, screen, engine, settings.values(lesson));
    return open;
  }

  /** Tells {@code listener} what the learner does in each lesson opened from now on. */
  void reportTo(LessonSession.Listener listener) {
    reporter = listener;
  }

  /** Shows the class's status line at the right of the prompt from now on. */
  void showClass(ClassStatusLine line) {
    classLine = line;
  }

  /** The text at the right of the prompt: the class's status line, or nothing. */
  String rightPrompt() {
    ClassStatusLine line = classLine;
    return line == null ? null : line.text();
  }

  /** The lesson open now. */
  OpenLesson lesson() {
    return open;
  }

  /** The learner's place in the lesson open now. */
  LessonSession session() {
    return open.session();
  }

  /** The directory the next command starts in, for file name completion. */
  Path currentDirectory() {
    OpenLesson now = open;
    try {
      return now == null ? dataDirectory : now.runner().currentDirectory();
    } catch (IOException unavailable) {
      return dataDirectory;
    }
  }

  Screen screen() {
    return screen;
  }

  Style style() {
    return screen.style();
  }

  void say(String text) {
    screen.say(text);
  }

  Progress progress() {
    return progress;
  }

  ProgressStore store() {
    return store;
  }

  EngineAccess engine() {
    return engine;
  }

  Supplier<List<Lesson>> lessons() {
    return lessons;
  }

  VariableSettings settings() {
    return settings;
  }

  /**
   * Saves the progress; a file that cannot be written is said, and the lab goes on. False when it
   * was not saved.
   */
  boolean save(Progress changed) {
    try {
      store.save(changed);
      return store.saves();
    } catch (IOException failed) {
      say(style().warn(Messages.get("lab.saveFailed", store.file(), describe(failed))));
      return false;
    }
  }

  /** An exception as one line for the learner. */
  static String describe(Exception exception) {
    if (exception instanceof io.docklab.docker.EngineUnreachableException unreachable) {
      return unreachable.describe();
    }
    String message = exception.getMessage();
    return message == null || message.isBlank() ? exception.getClass().getSimpleName() : message;
  }
}
