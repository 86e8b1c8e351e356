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
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The lab's reports to the class joined: each event goes to the outbox on a thread of its own and
 * is sent from there, so that the lab never waits; while the server cannot be reached the events
 * stay in the outbox and are tried again, sooner after a success, later after each failure.
 */
public final class ClassReporter implements LessonSession.Listener {
  private static final long FIRST_RETRY_SECONDS = 5;
  private static final long LAST_RETRY_SECONDS = 60;

  /** How often the reporter looks whether the server is still there while nothing is sent. */
  private static final long LOOK_SECONDS = 10;

  /** Where the class stands for the lab's status line. */
  public enum Connection {
    /** Nothing answered yet since the lab started. */
    CONNECTING,
    /** The last send, or look, reached the server. */
    CONNECTED,
    /** The last send, or look, failed: the events wait in the outbox. */
    OFFLINE
  }

  /** The class as the lab's status line shows it. */
  public record Status(String className, Connection connection, int pending) {}

  private final ClassroomFiles files;
  private final Outbox outbox;
  private final Membership membership;
  private ClassClient client; // made on the worker, when first needed
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
  private volatile Connection connection = Connection.CONNECTING;
  private volatile int pending;
  private volatile Runnable onChange = () -> {};
  private final CountDownLatch begun = new CountDownLatch(1);

  private ClassReporter(ClassroomFiles files, Membership membership) {
    this.files = files;
    this.outbox = new Outbox(files);
    this.membership = membership;
    // Nothing the worker is given runs before begin(): the lab's start is its own.
    worker.execute(this::awaitBegin);
  }

  /** On the worker: the client (an HTTP client is a few hundred classes: made off the lab). */
  private ClassClient client() {
    if (client == null) {
      try {
        client = ClassClient.of(membership, files);
      } catch (io.docklab.classroom.Pem.BadPem unusable) {
        // Sends fail as untrusted, and the status line says offline: 'class status' says why.
        client = new ClassClient(membership.url());
      }
    }
    return client;
  }

  private void awaitBegin() {
    try {
      begun.await();
    } catch (InterruptedException stopping) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * The reporter of the class joined in {@code data}, sending what is left in the outbox at once
   * and fetching the class's lessons for the next start (when they changed), both in the
   * background; empty, after one look at the disk, when no class is joined.
   */
  public static Optional<ClassReporter> ifJoined(Path data) {
    Optional<ClassReporter> reporter = joined(data);
    reporter.ifPresent(ClassReporter::begin);
    return reporter;
  }

  /**
   * The reporter of the class joined in {@code data}, not started: the events it is told wait, on
   * its thread, until {@link #begin()} (the lab begins it once its first prompt is up, so that its
   * start is as fast as without a class); empty, after one look at the disk, when no class is
   * joined.
   */
  public static Optional<ClassReporter> joined(Path data) {
    ClassroomFiles files = ClassroomFiles.in(data);
    if (!Files.isRegularFile(files.joined())) {
      return Optional.empty();
    }
    try {
      return Membership.load(files).map(m -> new ClassReporter(files, m));
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

  /**
   * Starts reporting, in the background: the events told so far go to the outbox, what waits there
   * is sent, the class's lessons are fetched for the next start. Once; later calls do nothing.
   */
  public void begin() {
    if (begun.getCount() == 0) {
      return;
    }
    synchronized (begun) {
      if (begun.getCount() == 0) {
        return;
      }
      begun.countDown();
    }
    worker.execute(this::send);
    worker.execute(this::refreshLessons);
    worker.scheduleWithFixedDelay(this::look, LOOK_SECONDS, LOOK_SECONDS, TimeUnit.SECONDS);
  }

  /**
   * As the lab ends: begins (if it had not) and waits, at most {@code patience}, for the events
   * told so far to be in the outbox (and sent, when the server answers at once). Events still
   * waiting then are lost only if the process ends before the reporter's thread has written them.
   */
  public void finish(Duration patience) {
    begin();
    try {
      worker.submit(() -> {}).get(patience.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException leaving) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException | TimeoutException | RuntimeException notDone) {
      // the lab goes on ending
    }
  }

  /** The events not sent yet, as last counted in the background, for the lab's status line. */
  public int pending() {
    return pending;
  }

  public String className() {
    return membership.className();
  }

  /** Where the class stands: read at once, never waiting for the server. */
  public Status status() {
    return new Status(membership.className(), connection, pending);
  }

  /** {@code change} runs (on the reporter's thread) each time {@link #status()} changes. */
  public void onChange(Runnable change) {
    this.onChange = change;
  }

  /** On the worker: the class's lessons, kept for the next start when they changed. */
  private void refreshLessons() {
    try {
      LessonDownload.keepForNextStart(client().lessons(membership.token()), files);
    } catch (ClassServerException | IOException | RuntimeException unreachable) {
      // The lessons stay as they are; the next start tries again.
    }
  }

  /** On the worker, now and then: sends what waits, else looks whether the server is there. */
  private void look() {
    if (stopped) {
      return;
    }
    if (pending > 0) {
      send();
    } else {
      update(client().reachable() ? Connection.CONNECTED : Connection.OFFLINE);
    }
  }

  private void update(Connection now) {
    int waiting;
    try {
      waiting = outbox.pending().size();
    } catch (IOException e) {
      waiting = pending;
    }
    boolean changed = now != connection || waiting != pending;
    connection = now;
    pending = waiting;
    if (changed) {
      try {
        onChange.run();
      } catch (RuntimeException ignored) {
        // the status line is the lab's business
      }
    }
  }

  private void report(EventKind kind, Lesson lesson, Optional<Step> step, Optional<String> line) {
    if (stopped) {
      return;
    }
    Instant now = Instant.now();
    ClassEvent event = new ClassEvent(0, kind, lesson.id(), step.map(Step::id), now, line);
    worker.execute(
        () -> {
          try {
            // An event the server would refuse (an id it does not take) would block the outbox.
            EventJson.parse(
                EventJson.toJson(
                    new ClassEvent(1, kind, lesson.id(), step.map(Step::id), now, line)),
                now);
          } catch (InvalidEvent refused) {
            return;
          }
          try {
            outbox.append(event);
          } catch (IOException unwritable) {
            return;
          }
          update(connection); // one more to send, said before the server answers
          send();
        });
  }

  /** On the worker: sends the outbox; on failure, tries again later. */
  private void send() {
    if (stopped) {
      return;
    }
    try {
      if (outbox.pending().isEmpty()) {
        update(client().reachable() ? Connection.CONNECTED : Connection.OFFLINE);
        return;
      }
      outbox.send(client(), membership.learner(), membership.token());
      retrySeconds = FIRST_RETRY_SECONDS;
      update(Connection.CONNECTED);
    } catch (ClassServerException e) {
      if (e.status() == 401 || e.status() == 403) {
        stopped = true; // the learner left or was removed: nothing will be taken
        update(Connection.OFFLINE);
        return;
      }
      update(Connection.OFFLINE);
      planRetry();
    } catch (IOException | RuntimeException e) {
      update(Connection.OFFLINE);
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
