package io.docklab.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * Simulated learners: each joins through {@code POST /api/v1/join} and then posts one step event
 * every interval, {@code count} in all, as the lab's outbox would (one event a request, sent again
 * after a failure, never given up before the deadline). Cheap: one scheduler thread, one HTTP
 * client with a pool of four threads for all of them.
 */
final class LoadLearners implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Learners joining from one address: the server lets 60 join at once per address. */
  private static final int JOINS_PER_ADDRESS = 50;

  record Learner(int index, String id, String token) {}

  private final URI base;
  private final List<Learner> learners;
  private final Map<String, Integer> indexOf = new ConcurrentHashMap<>();
  private final int count;
  private final AtomicLongArray sentAt;
  private final AtomicLongArray shownAt;
  private final int[] shownUpTo;
  private final AtomicInteger sent = new AtomicInteger();
  private final AtomicInteger acknowledged = new AtomicInteger();
  private final AtomicInteger retries = new AtomicInteger();
  private final Map<String, AtomicInteger> refusals = new ConcurrentHashMap<>();
  private final ExecutorService pool =
      Executors.newFixedThreadPool(4, daemon("bench-learners-http"));
  private final ScheduledExecutorService scheduler =
      Executors.newSingleThreadScheduledExecutor(daemon("bench-learners-clock"));
  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .executor(pool)
          .build();
  private volatile long firstSend;
  private volatile long lastAnswer;

  private LoadLearners(URI base, List<Learner> learners, int count) {
    this.base = base;
    this.learners = learners;
    this.count = count;
    learners.forEach(learner -> indexOf.put(learner.id(), learner.index()));
    this.sentAt = new AtomicLongArray(learners.size() * (count + 1));
    this.shownAt = new AtomicLongArray(learners.size() * (count + 1));
    this.shownUpTo = new int[learners.size()];
  }

  /**
   * Joins {@code number} learners to the class at {@code base}, at most 50 from each loopback
   * address (127.0.0.2, .3, …) so that the join limit per address is not what is measured.
   */
  static LoadLearners join(URI base, String code, int number, int count) throws IOException {
    List<Learner> learners = new ArrayList<>();
    for (int i = 0; i < number; i++) {
      InetAddress from =
          InetAddress.getByAddress(new byte[] {127, 0, 0, (byte) (2 + i / JOINS_PER_ADDRESS)});
      String body =
          JSON.writeValueAsString(Map.of("code", code, "name", String.format("learner %03d", i)));
      JsonNode answer = JSON.readTree(postFrom(from, base, "/api/v1/join", body, 201));
      learners.add(new Learner(i, answer.get("learner").asText(), answer.get("token").asText()));
    }
    return new LoadLearners(base, learners, count);
  }

  /** A POST over a socket bound to {@code from}: the body of the answer, which must be status. */
  private static String postFrom(InetAddress from, URI base, String path, String body, int status)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    try (Socket socket = new Socket()) {
      socket.setSoTimeout(10_000);
      socket.bind(new InetSocketAddress(from, 0));
      socket.connect(new InetSocketAddress(base.getHost(), base.getPort()), 5_000);
      OutputStream out = socket.getOutputStream();
      out.write(
          ("POST "
                  + path
                  + " HTTP/1.1\r\nHost: "
                  + base.getHost()
                  + ":"
                  + base.getPort()
                  + "\r\nContent-Type: application/json\r\nContent-Length: "
                  + bytes.length
                  + "\r\nConnection: close\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.write(bytes);
      out.flush();
      InputStream in = socket.getInputStream();
      String answer = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      int headEnd = answer.indexOf("\r\n\r\n");
      String head = headEnd < 0 ? answer : answer.substring(0, headEnd);
      String content = headEnd < 0 ? "" : answer.substring(headEnd + 4);
      if (head.toLowerCase(java.util.Locale.ROOT).contains("transfer-encoding: chunked")) {
        content = unchunk(content);
      }
      if (!head.startsWith("HTTP/1.1 " + status)) {
        throw new IOException(path + " answered " + head.lines().findFirst().orElse("") + content);
      }
      return content;
    }
  }

  private static String unchunk(String chunked) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] bytes = chunked.getBytes(StandardCharsets.UTF_8);
    int at = 0;
    while (at < bytes.length) {
      int lineEnd = chunked.indexOf("\r\n", at);
      int size = Integer.parseInt(chunked.substring(at, lineEnd).split(";")[0].strip(), 16);
      if (size == 0) {
        break;
      }
      out.write(bytes, lineEnd + 2, size);
      at = lineEnd + 2 + size + 2;
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  int size() {
    return learners.size();
  }

  /**
   * Sends every learner's events, learner i starting i/n of an interval after the first, and waits
   * until each was answered 200 (sending again after a failure), at most until {@code deadline}
   * ({@link System#nanoTime()}); true when all were.
   */
  boolean run(Duration interval, long deadline) throws InterruptedException {
    CountDownLatch answered = new CountDownLatch(learners.size() * count);
    long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(100);
    firstSend = start;
    for (Learner learner : learners) {
      long offset = interval.toNanos() * learner.index() / learners.size();
      for (int seq = 1; seq <= count; seq++) {
        long due = start + offset + interval.toNanos() * (seq - 1) - System.nanoTime();
        int event = seq;
        scheduler.schedule(
            () -> send(learner, event, answered, deadline), due, TimeUnit.NANOSECONDS);
      }
    }
    return answered.await(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
  }

  private void send(Learner learner, int seq, CountDownLatch answered, long deadline) {
    int slot = learner.index() * (count + 1) + seq;
    if (sentAt.get(slot) == 0) {
      sentAt.set(slot, System.nanoTime());
      sent.incrementAndGet();
    }
    String kind = seq % 2 == 1 ? "step-started" : "step-done";
    String body =
        "{\"events\": [{\"seq\": "
            + seq
            + ", \"kind\": \""
            + kind
            + "\", \"lesson\": \"bench\", \"step\": \"s"
            + (seq + 1) / 2
            + "\", \"time\": \""
            + Instant.now()
            + "\"}]}";
    HttpRequest request =
        HttpRequest.newBuilder(base.resolve("/api/v1/learners/" + learner.id() + "/events"))
            .timeout(Duration.ofSeconds(10))
            .header("Authorization", "Bearer " + learner.token())
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    http.sendAsync(request, HttpResponse.BodyHandlers.ofString())
        .whenComplete(
            (response, failure) -> {
              if (failure == null && response.statusCode() == 200) {
                acknowledged.incrementAndGet();
                lastAnswer = System.nanoTime();
                answered.countDown();
                return;
              }
              refusals
                  .computeIfAbsent(
                      failure != null ? reason(failure) : Integer.toString(response.statusCode()),
                      reason -> new AtomicInteger())
                  .incrementAndGet();
              if (System.nanoTime() < deadline && !scheduler.isShutdown()) {
                retries.incrementAndGet();
                scheduler.schedule(
                    () -> send(learner, seq, answered, deadline), 500, TimeUnit.MILLISECONDS);
              }
            });
  }

  /** A row of the stream: every event of that learner up to its count is shown from now. */
  void shown(String learnerId, long events, long arrived) {
    Integer index = indexOf.get(learnerId);
    if (index == null) {
      return;
    }
    synchronized (shownUpTo) {
      for (int seq = shownUpTo[index] + 1; seq <= Math.min(events, count); seq++) {
        shownAt.set(index * (count + 1) + seq, arrived);
      }
      shownUpTo[index] = (int) Math.max(shownUpTo[index], Math.min(events, count));
    }
  }

  /** A failure's kind, as the report counts it: its cause's class and message. */
  private static String reason(Throwable failure) {
    Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
    return cause.getClass().getSimpleName() + " " + cause.getMessage();
  }

  int sent() {
    return sent.get();
  }

  int acknowledged() {
    return acknowledged.get();
  }

  int retries() {
    return retries.get();
  }

  Map<String, AtomicInteger> refusals() {
    return refusals;
  }

  int shown() {
    synchronized (shownUpTo) {
      int shown = 0;
      for (int upTo : shownUpTo) {
        shown += upTo;
      }
      return shown;
    }
  }

  /** From the first event sent to the last answer. */
  Duration sendingTime() {
    return Duration.ofNanos(Math.max(1, lastAnswer - firstSend));
  }

  /** Milliseconds from each event's first sending to its row on the stream, sorted. */
  double[] latencies() {
    List<Double> latencies = new ArrayList<>();
    for (int slot = 0; slot < sentAt.length(); slot++) {
      long sentNanos = sentAt.get(slot);
      long shownNanos = shownAt.get(slot);
      if (sentNanos != 0 && shownNanos != 0) {
        latencies.add((shownNanos - sentNanos) / 1e6);
      }
    }
    return latencies.stream().mapToDouble(Double::doubleValue).sorted().toArray();
  }

  /** Each event's sending (ms from the first) and latency (ms), one a line: where the tail is. */
  void writeLatencies(java.nio.file.Path file) throws IOException {
    StringBuilder lines = new StringBuilder();
    for (int slot = 0; slot < sentAt.length(); slot++) {
      if (sentAt.get(slot) != 0 && shownAt.get(slot) != 0) {
        lines
            .append((sentAt.get(slot) - firstSend) / 1_000_000)
            .append(' ')
            .append((shownAt.get(slot) - sentAt.get(slot)) / 1_000_000)
            .append('\n');
      }
    }
    java.nio.file.Files.writeString(file, lines);
  }

  private static java.util.concurrent.ThreadFactory daemon(String name) {
    return runnable -> {
      Thread thread = new Thread(runnable, name);
      thread.setDaemon(true);
      return thread;
    };
  }

  @Override
  public void close() {
    scheduler.shutdownNow();
    pool.shutdownNow();
  }
}
