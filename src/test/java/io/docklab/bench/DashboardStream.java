package io.docklab.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A dashboard's reader of {@code /api/v1/stream}, as the page's EventSource reads it: each {@code
 * learner} event goes to the listener with its learner, its count of events and the moment ({@link
 * System#nanoTime()}) its data line arrived.
 */
final class DashboardStream implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** What a learner's row says, and when it arrived. */
  interface Listener {
    void row(String learner, long events, long arrivedNanos);
  }

  private final Stream<String> lines;
  private final Thread reader;
  private final CountDownLatch table = new CountDownLatch(1);
  private volatile Throwable failure;

  private DashboardStream(Stream<String> lines, Listener listener) {
    this.lines = lines;
    this.reader = new Thread(() -> read(listener), "bench-dashboard-stream");
    reader.setDaemon(true);
  }

  /** Connects with the teacher's token and waits (at most 10 s) for the first whole table. */
  static DashboardStream open(URI base, String teacherToken, Listener listener)
      throws IOException, InterruptedException {
    HttpClient http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    HttpRequest request =
        HttpRequest.newBuilder(base.resolve("/api/v1/stream"))
            .header("Authorization", "Bearer " + teacherToken)
            .header("Accept", "text/event-stream")
            .build();
    HttpResponse<Stream<String>> response;
    try {
      response =
          http.sendAsync(request, HttpResponse.BodyHandlers.ofLines()).get(10, TimeUnit.SECONDS);
    } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
      throw new IOException("the stream did not answer: " + e, e);
    }
    if (response.statusCode() != 200) {
      response.body().close();
      throw new IOException("the stream answered " + response.statusCode());
    }
    DashboardStream stream = new DashboardStream(response.body(), listener);
    stream.reader.start();
    if (!stream.table.await(10, TimeUnit.SECONDS)) {
      stream.close();
      throw new IOException("the stream sent no table within 10 s");
    }
    return stream;
  }

  private void read(Listener listener) {
    String event = "";
    try {
      var iterator = lines.iterator();
      while (iterator.hasNext()) {
        String line = iterator.next();
        if (line.startsWith("event:")) {
          event = line.substring(6).strip();
        } else if (line.startsWith("data:")) {
          long arrived = System.nanoTime();
          if (event.equals("table")) {
            table.countDown();
          } else if (event.equals("learner")) {
            JsonNode row = JSON.readTree(line.substring(5).strip());
            listener.row(row.get("learner").asText(), row.get("events").asLong(), arrived);
          }
        } else if (line.isEmpty()) {
          event = "";
        }
      }
    } catch (IOException | RuntimeException e) {
      failure = e;
    }
  }

  /** Why reading stopped early, if it did. */
  Throwable failure() {
    return failure;
  }

  @Override
  public void close() {
    try {
      lines.close();
    } catch (RuntimeException ignored) {
      // the stream is going anyway
    }
  }
}
