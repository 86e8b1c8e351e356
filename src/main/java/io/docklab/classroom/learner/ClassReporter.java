package io.docklab.classroom.learner;

import io.docklab.classroom.ClassEvent;
import io.docklab.classroom.EventJson;
import io.docklab.classroom.EventKind;
import io.docklab.classroom.InvalidEvent;
import io.docklab.classroom.learner.ClassClient.ClassServerException;
import io.docklab.lesson.Lesson;
import io.docklab.lesson.Step;
import io.docklab.session.LessonSession;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The lab's reports to the class joined: each event goes to the outbox on a thread of its own and
 * is sent from there, so that the lab never waits; while the server cannot be reached the events
 * stay in the outbox and are tried again, sooner after a success, later after each failure.
 */
public final class ClassReporter implements LessonSession.Listener {
  private static final long FIRST_RETRY_SECONDS = 5;
  private static final long LAST_RETRY_SECONDS = 60;

  private final Outbox outbox;
  private final Membership membership;
  private final ClassClient client;
  private final ScheduledExecutorService worker =
      Executors.newSingleThreadScheduledExecutor(
          runnable -> {
            Thread thread = new Thread(runnable, "docklab-class-reporter");
            thread.setDaemon(true);
            return thread;
          });
  private long retrySeconds = FIRST_RETRY_SECONDS;
  private boolean retryPlanned;
  private volatile boolean stopped;

  private ClassReporter(ClassroomFiles files, Membership membership) {
    this.outbox = new Outbox(files);
    this.membership = membership;
    this.client = new ClassClient(membership.url());
  }

  /**
   * The reporter of the class joined in {@code data}, sending what is left in the outbox at once;
   * empty, after one look at the disk, when no class is joined.
   */
  public static Optional<ClassReporter> ifJoined(Path data) {
    ClassroomFiles files = ClassroomFiles.in(data);
    if (!Files.isRegularFile(files.joined())) {
      return Optional.empty();
    }
    try {
      Optional<ClassReporter> reporter =
          Membership.load(files).map(m -> new ClassReporter(files, m));
      reporter.ifPresent(r -> r.worker.execute(r::send));
      return reporter;
    } catch (IOException | RuntimeException unreadable) {
      return Optional.empty();
    }
  }

  @Override
  public void stepStarted(Lesson lesson, Step step) {
    report(EventKind.STEP_STARTED, lesson, Optional.of(step), Optional.empty());
  }

  @Override
  public void stepDone(Lesson lesson, Step step) {
    report(EventKind.STEP_DONE, lesson, Optional.of(step), Optional.empty());
  }

  @Override
  public void checkFailed(Lesson lesson, Step step, String line) {
    report(EventKind.CHECK_FAILED, lesson, Optional.of(step), Optional.of(oneLine(line)));
  }

  @Override
  public void hintShown(Lesson lesson, Step step) {
    report(EventKind.HINT_SHOWN, lesson, Optional.of(step), Optional.empty());
  }

  @Override
  public void solutionShown(Lesson lesson, Step step) {
    report(EventKind.SOLUTION_SHOWN, lesson, Optional.of(step), Optional.empty());
  }

  @Override
  public void lessonReset(Lesson lesson) {
    report(EventKind.LESSON_RESET, lesson, Optional.empty(), Optional.empty());
  }

  /** The events not sent yet, for the lab's status line. */
  public int pending() {
    try {
      return outbox.pending().size();
    } catch (IOException e) {
      return 0;
    }
  }

  public String className() {
    return membership.className();
  }

  private void report(EventKind kind, Lesson lesson, Optional<Step> step, Optional<String> line) {
    if (stopped) {
      return;
    }
    Instant now = Instant.now();
    ClassEvent event = new ClassEvent(0, kind, lesson.id(), step.map(Step::id), now, line);
    try {
      // An event the server would refuse (an id it does not take) would block the outbox.
      EventJson.parse(
          EventJson.toJson(new ClassEvent(1, kind, lesson.id(), step.map(Step::id), now, line)),
          now);
    } catch (InvalidEvent refused) {
      return;
    }
    worker.execute(
        () -> {
          try {
            outbox.append(event);
          } catch (IOException unwritable) {
            return;
          }
          send();
        });
  }

  /** On the worker: sends the outbox; on failure, tries again later. */
  private void send() {
    try {
      outbox.send(client, membership.learner(), membership.token());
      retrySeconds = FIRST_RETRY_SECONDS;
    } catch (ClassServerException e) {
      if (e.status() == 401 || e.status() == 403) {
        stopped = true; // the learner left or was removed: nothing will be taken
        return;
      }
      planRetry();
    } catch (IOException | RuntimeException e) {
      planRetry();
    }
  }

  private void planRetry() {
    if (retryPlanned) {
      return;
    }
    retryPlanned = true;
    worker.schedule(
        () -> {
          retryPlanned = false;
          send();
        },
        retrySeconds,
        TimeUnit.SECONDS);
    retrySeconds = Math.min(LAST_RETRY_SECONDS, retrySeconds * 2);
  }

  private static String oneLine(String text) {
    String line = text.replace('\0', ' ').strip();
    int end = line.indexOf('\n');
    if (end >= 0) {
      line = line.substring(0, end).strip();
    }
    if (line.length() > EventJson.MAX_LINE) {
      line = line.substring(0, EventJson.MAX_LINE - 1) + "…";
    }
    return line.isEmpty() ? "-" : line;
  }
}
