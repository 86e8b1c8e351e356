package io.docklab.classroom.learner;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.docklab.classroom.ClassEvent;
import io.docklab.classroom.EventJson;
import io.docklab.classroom.learner.ClassClient.ClassServerException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The learner's events before the server has them: appended to {@code outbox.jsonl} (one per line,
 * {@code seq} from 1), sent in order, the highest acknowledged {@code seq} in {@code outbox.sent}.
 * An event is on disk before it is sent, and the server ignores a {@code seq} it has: none is lost,
 * none is stored twice.
 */
public final class Outbox {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final ClassroomFiles files;

  public Outbox(ClassroomFiles files) {
    this.files = files;
  }

  /** Appends an event, numbered after the last one; gives it. */
  public synchronized ClassEvent append(ClassEvent unnumbered) throws IOException {
    List<ClassEvent> all = all();
    long seq = all.isEmpty() ? 1 : all.get(all.size() - 1).seq() + 1;
    ClassEvent event =
        new ClassEvent(
            seq,
            unnumbered.kind(),
            unnumbered.lesson(),
            unnumbered.step(),
            unnumbered.time(),
            unnumbered.line());
    Files.createDirectories(files.directory());
    Files.writeString(
        files.outbox(),
        EventJson.toJson(event) + "\n",
        StandardCharsets.UTF_8,
        StandardOpenOption.CREATE,
        StandardOpenOption.APPEND,
        StandardOpenOption.SYNC);
    return event;
  }

  /** The events the server has not acknowledged, in order. */
  public synchronized List<ClassEvent> pending() throws IOException {
    long sent = sent();
    return all().stream().filter(event -> event.seq() > sent).toList();
  }

  /**
   * Sends the pending events, {@value EventJson#MAX_BATCH} at a time, in order; gives how many the
   * server acknowledged. Stops at the first failure, leaving the rest for the next time.
   */
  public synchronized int send(ClassClient client, String learner, String token)
      throws IOException, ClassServerException {
    List<ClassEvent> pending = pending();
    int acknowledged = 0;
    for (int from = 0; from < pending.size(); from += EventJson.MAX_BATCH) {
      List<ClassEvent> batch =
          pending.subList(from, Math.min(pending.size(), from + EventJson.MAX_BATCH));
      long last = client.post(learner, token, batch);
      Files.writeString(files.outboxSent(), last + "\n", StandardCharsets.UTF_8);
      acknowledged += batch.size();
    }
    return acknowledged;
  }

  private long sent() throws IOException {
    if (!Files.isRegularFile(files.outboxSent())) {
      return 0;
    }
    String text = Files.readString(files.outboxSent(), StandardCharsets.UTF_8).strip();
    return text.isEmpty() ? 0 : Long.parseLong(text);
  }

  private List<ClassEvent> all() throws IOException {
    Path outbox = files.outbox();
    List<ClassEvent> events = new ArrayList<>();
    if (!Files.isRegularFile(outbox)) {
      return events;
    }
    for (String line : Files.readAllLines(outbox, StandardCharsets.UTF_8)) {
      if (!line.isBlank()) {
        // A line cut short by a crash while appending is the last one: skip it.
        try {
          events.add(EventJson.parse(JSON.readTree(line), Instant.now()));
        } catch (IOException | RuntimeException torn) {
          // left out
        }
      }
    }
    return events;
  }
}
