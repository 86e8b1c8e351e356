package io.docklab.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Comparator;
import java.util.Locale;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * The class server under a class's load (issue 15): {@code docklab class serve} in its own process
 * on 127.0.0.1 with SQLite in a temporary directory, N learners joined through the API, each
 * posting one step event every interval, and one dashboard reading {@code /api/v1/stream}. Prints
 * events per second, the latency from a learner's event to the dashboard's row (p50, p99, max), the
 * server's CPU time and peak RSS, and sent = stored = shown.
 *
 * <pre>
 * java -cp target/test-classes:target/docklab.jar io.docklab.bench.ClassLoad \
 *     [--learners 300] [--seconds 60] [--interval-ms 2000] [--port 22781] \
 *     [--launcher bin/docklab] [--out target/bench/class-load.txt]
 * </pre>
 */
public final class ClassLoad {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** What to run. */
  public record Options(
      int learners, Duration duration, Duration interval, int port, Path launcher, Path out) {
    public int eventsPerLearner() {
      return (int) Math.max(1, duration.toMillis() / interval.toMillis());
    }
  }

  /** What was measured. */
  public record Figures(
      Options options,
      int sent,
      int acknowledged,
      long stored,
      long storedInTable,
      int shown,
      int retries,
      String refusals,
      Duration sending,
      double[] latencies,
      Duration serverCpu,
      Duration serverCpuUnderLoad,
      long peakRssKib,
      int peakThreads,
      String loadBefore,
      String loadAfter,
      boolean finished) {

    public long lost() {
      return sent - Math.min(stored, shown);
    }

    public double percentile(double p) {
      if (latencies.length == 0) {
        return Double.NaN;
      }
      int index = (int) Math.ceil(p / 100 * latencies.length) - 1;
      return latencies[Math.max(0, Math.min(latencies.length - 1, index))];
    }

    public String report() {
      double seconds = sending.toNanos() / 1e9;
      return String.format(
          Locale.ROOT,
          "class server benchmark: %d learners x %d events (one every %d ms), 1 dashboard"
              + " stream%n"
              + "machine: %d cores, load average before %s, after %s%n"
              + "finished: %s in %.1f s; events/s %.1f; retries %d%s%n"
              + "latency event -> dashboard: p50 %.1f ms, p99 %.1f ms, max %.1f ms (%d events)%n"
              + "server CPU: %.1f s under load (%.0f%% of one core), %.1f s in all;"
              + " peak RSS %.1f MB; threads at most %d%n"
              + "sent = stored = shown: %d = %d = %d (table %d, answered %d); lost %d%n",
          options.learners(),
          options.eventsPerLearner(),
          options.interval().toMillis(),
          Runtime.getRuntime().availableProcessors(),
          loadBefore,
          loadAfter,
          finished ? "yes" : "NO",
          seconds,
          sent / seconds,
          retries,
          refusals.isEmpty() ? "" : " (" + refusals + ")",
          percentile(50),
          percentile(99),
          latencies.length == 0 ? Double.NaN : latencies[latencies.length - 1],
          latencies.length,
          serverCpuUnderLoad.toMillis() / 1e3,
          100.0 * serverCpuUnderLoad.toNanos() / Math.max(1, sending.toNanos()),
          serverCpu.toMillis() / 1e3,
          peakRssKib / 1024.0,
          peakThreads,
          sent,
          stored,
          shown,
          storedInTable,
          acknowledged,
          lost());
    }
  }

  private ClassLoad() {}

  public static void main(String[] arguments) throws Exception {
    int learners = 300;
    int seconds = 60;
    int intervalMillis = 2000;
    int port = 22781;
    Path launcher = Path.of("bin/docklab");
    Path out = null;
    for (int i = 0; i + 1 < arguments.length; i += 2) {
      String value = arguments[i + 1];
      switch (arguments[i]) {
        case "--learners" -> learners = Integer.parseInt(value);
        case "--seconds" -> seconds = Integer.parseInt(value);
        case "--interval-ms" -> intervalMillis = Integer.parseInt(value);
        case "--port" -> port = Integer.parseInt(value);
        case "--launcher" -> launcher = Path.of(value);
        case "--out" -> out = Path.of(value);
        default -> {
          System.err.println("class-load: unknown option " + arguments[i]);
          System.exit(2);
        }
      }
    }
    Figures figures =
        run(
            new Options(
                learners,
                Duration.ofSeconds(seconds),
                Duration.ofMillis(intervalMillis),
                port,
                launcher.toAbsolutePath(),
                out));
    System.exit(figures.finished() && figures.lost() == 0 ? 0 : 1);
  }

  /** Runs the benchmark; prints the figures and writes them to {@code options.out()} if set. */
  public static Figures run(Options options) throws Exception {
    Path home = Files.createTempDirectory("docklab-class-load-");
    try {
      Figures figures = measure(options, home);
      String report = figures.report();
      System.out.print(report);
      if (options.out() != null) {
        Files.createDirectories(options.out().toAbsolutePath().getParent());
        Files.writeString(options.out(), report, StandardCharsets.UTF_8);
      }
      return figures;
    } finally {
      try (Stream<Path> paths = Files.walk(home)) {
        paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
      }
    }
  }

  private static Figures measure(Options options, Path home) throws Exception {
    String loadBefore = loadAverage();
    int count = options.eventsPerLearner();
    long stored;
    long storedInTable;
    boolean finished;
    Duration cpu;
    Duration cpuUnderLoad;
    long peakRss;
    LoadLearners learners;
    AtomicInteger threads = new AtomicInteger();
    try (ServedClass server =
        ServedClass.start(options.launcher(), home, options.port(), Duration.ofSeconds(60))) {
      URI base = URI.create(server.url());
      learners = LoadLearners.join(base, server.code(), options.learners(), count);
      try (learners;
          DashboardStream stream =
              DashboardStream.open(base, server.teacherToken(), learners::shown)) {
        Duration cpuBefore = server.cpu();
        ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
        sampler.scheduleAtFixedRate(
            () -> {
              try {
                threads.accumulateAndGet(server.threads(), Math::max);
              } catch (IOException | RuntimeException ignored) {
                // the server is stopping
              }
            },
            0,
            500,
            TimeUnit.MILLISECONDS);
        long deadline =
            System.nanoTime()
                + options.duration().plus(options.interval()).plusSeconds(60).toNanos();
        boolean answered = learners.run(options.interval(), deadline);
        long shownBy = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (learners.shown() < learners.sent() && System.nanoTime() < shownBy) {
          Thread.sleep(20); // polling the count the stream's reader keeps, with a deadline
        }
        cpuUnderLoad = server.cpu().minus(cpuBefore);
        sampler.shutdownNow();
        finished = answered && learners.shown() == learners.sent();
        if (learners.shown() < learners.sent() && stream.failure() != null) {
          System.err.println("class-load: the stream stopped: " + stream.failure());
        }
        storedInTable = tableEvents(base, server.teacherToken());
        cpu = server.cpu();
        peakRss = server.peakRssKib();
      }
    }
    stored = storedEvents(home.resolve("classroom/classroom.db"));
    String latencyFile = System.getProperty("bench.latencies");
    if (latencyFile != null) {
      learners.writeLatencies(Path.of(latencyFile));
    }
    return new Figures(
        options,
        learners.sent(),
        learners.acknowledged(),
        stored,
        storedInTable,
        learners.shown(),
        learners.retries(),
        new TreeMap<>(learners.refusals()).toString().replaceAll("[{}]", ""),
        learners.sendingTime(),
        learners.latencies(),
        cpu,
        cpuUnderLoad,
        peakRss,
        threads.get(),
        loadBefore,
        loadAverage(),
        finished);
  }

  /** The events the table counts, by {@code GET /api/v1/table}. */
  private static long tableEvents(URI base, String teacherToken)
      throws IOException, InterruptedException {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    HttpResponse<String> answer =
        http.send(
            HttpRequest.newBuilder(base.resolve("/api/v1/table"))
                .timeout(Duration.ofSeconds(20))
                .header("Authorization", "Bearer " + teacherToken)
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (answer.statusCode() != 200) {
      throw new IOException("/api/v1/table answered " + answer.statusCode());
    }
    long events = 0;
    for (JsonNode row : JSON.readTree(answer.body()).get("learners")) {
      events += row.get("events").asLong();
    }
    return events;
  }

  /** The events in the database, counted once the server has stopped. */
  private static long storedEvents(Path database) throws SQLException {
    try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + database);
        Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery("SELECT COUNT(*) FROM events")) {
      return result.next() ? result.getLong(1) : 0;
    }
  }

  /** The 1-, 5- and 15-minute load averages, from /proc/loadavg. */
  private static String loadAverage() {
    try {
      String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
      return fields[0] + " " + fields[1] + " " + fields[2];
    } catch (IOException e) {
      return "?";
    }
  }
}
