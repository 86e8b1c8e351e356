package io.docklab.bench;

import com.pty4j.PtyProcess;
import com.pty4j.PtyProcessBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * How long the lab prompt takes to come back after a command ends, read from a pseudo-terminal in
 * this one process (no tmux polling): the lab runs a lesson whose step command is {@code echo
 * serve-$((1 + 1))} and whose {@code http} check (nothing listens; {@code within: 60s}) keeps
 * failing, so each round is a step command with its http window open. The time runs from the
 * command's last output ({@code serve-2}) to the prompt. The same for a command that has nothing to
 * do with the step, for comparison. Prints the medians in milliseconds and the machine's load.
 *
 * <p>Arguments: {@code LAUNCHER} (bin/docklab), {@code ROUNDS} (default 15). The goal is under 500
 * ms.
 */
public final class PromptReturn {
  private static final String LESSON = "docklab-bench-prompt-return";
  private static final int SILENT_PORT = 22603;
  private static final String PROMPT = "docklab[" + LESSON + " 1/1]$";
  private static final long TIMEOUT_NANOS = TimeUnit.SECONDS.toNanos(120);

  private final StringBuilder screen = new StringBuilder();
  private final List<Long> arrivals = new ArrayList<>();

  public static void main(String[] args) throws Exception {
    Path launcher = Path.of(args.length > 0 ? args[0] : "bin/docklab").toAbsolutePath();
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 15;
    new PromptReturn().run(launcher, rounds);
  }

  private void run(Path launcher, int rounds) throws Exception {
    Path home = Files.createTempDirectory("docklab-bench-home-");
    Path lessons = Files.createTempDirectory("docklab-bench-lessons-");
    Files.writeString(lessons.resolve("prompt-return.yaml"), lesson());
    Map<String, String> environment = new HashMap<>(System.getenv());
    environment.put("DOCKLAB_HOME", home.toString());
    environment.put("TERM", "xterm-256color");
    String load = load();
    PtyProcess lab =
        new PtyProcessBuilder(
                new String[] {
                  launcher.toString(),
                  "--lang",
                  "en",
                  "--lessons",
                  lessons.toString(),
                  "start",
                  LESSON
                })
            .setEnvironment(environment)
            .setInitialColumns(120)
            .setInitialRows(40)
            .start();
    Thread reader = read(lab.getInputStream());
    try {
      OutputStream keys = lab.getOutputStream();
      int from = await(PROMPT, 0);
      List<Long> step = new ArrayList<>();
      List<Long> other = new ArrayList<>();
      for (int round = 0; round < rounds + 2; round++) {
        long stepTook = once(keys, "echo serve-$((1 + 1))", "serve-2");
        long otherTook = once(keys, "echo other-$((40 + 2))", "other-42");
        if (round >= 2) { // the first rounds warm the JVM
          step.add(stepTook);
          other.add(otherTook);
        }
      }
      System.out.printf(
          Locale.ROOT,
          "prompt return after the command's output, median of %d (min-max), ms:%n",
          rounds);
      System.out.printf(
          Locale.ROOT,
          "  step command, http window open  %6.0f  (%d-%d)%n",
          median(step),
          min(step),
          max(step));
      System.out.printf(
          Locale.ROOT,
          "  unrelated command               %6.0f  (%d-%d)%n",
          median(other),
          min(other),
          max(other));
      System.out.printf(
          Locale.ROOT,
          "goal: under 500 ms; %s; load before %s, after %s%n",
          median(step) < 500 ? "met" : "NOT met",
          load,
          load());
      keys.write(":quit\r".getBytes(StandardCharsets.UTF_8));
      keys.flush();
      lab.waitFor(20, TimeUnit.SECONDS);
    } finally {
      lab.destroyForcibly();
      reader.join(1_000);
      deleteTree(home);
      deleteTree(lessons);
    }
  }

  /** Types {@code command}; nanoseconds from its output line {@code printed} to the prompt. */
  private long once(OutputStream keys, String command, String printed)
      throws IOException, InterruptedException {
    int from;
    synchronized (screen) {
      from = screen.length();
    }
    keys.write((command + "\r").getBytes(StandardCharsets.UTF_8));
    keys.flush();
    int output = await(printed + "\r", from); // the line end: \r\r\n through two ptys
    long ended = arrival(output + printed.length());
    int prompt = await(PROMPT, output);
    return (arrival(prompt + PROMPT.length() - 1) - ended) / 1_000_000L;
  }

  /** Where {@code text} first shows at or after {@code from}. */
  private int await(String text, int from) throws InterruptedException {
    long deadline = System.nanoTime() + TIMEOUT_NANOS;
    synchronized (screen) {
      while (true) {
        int at = screen.indexOf(text, from);
        if (at >= 0) {
          return at;
        }
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          throw new IllegalStateException(
              "no \"" + text.strip() + "\" in:\n" + screen.substring(from));
        }
        screen.wait(Math.max(1, left / 1_000_000L));
      }
    }
  }

  /** When the character at {@code index} of the screen arrived. */
  private long arrival(int index) {
    synchronized (screen) {
      return arrivals.get(Math.min(index, arrivals.size() - 1));
    }
  }

  private Thread read(InputStream from) {
    Thread thread =
        new Thread(
            () -> {
              byte[] buffer = new byte[8192];
              try {
                int read;
                while ((read = from.read(buffer)) >= 0) {
                  long now = System.nanoTime();
                  // ASCII is all that is looked for: one char per byte keeps indices simple.
                  String text = new String(buffer, 0, read, StandardCharsets.ISO_8859_1);
                  synchronized (screen) {
                    screen.append(text);
                    for (int i = 0; i < text.length(); i++) {
                      arrivals.add(now);
                    }
                    screen.notifyAll();
                  }
                }
              } catch (IOException ended) {
                // The lab is gone.
              }
            },
            "bench-pty-reader");
    thread.setDaemon(true);
    thread.start();
    return thread;
  }

  private static String load() {
    try {
      String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
      return parts[0]
          + " "
          + parts[1]
          + " "
          + parts[2]
          + " ("
          + Runtime.getRuntime().availableProcessors()
          + " cores)";
    } catch (IOException | RuntimeException unknown) {
      return "unknown";
    }
  }

  private static double median(List<Long> values) {
    List<Long> sorted = values.stream().sorted().toList();
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
  }

  private static long min(List<Long> values) {
    return values.stream().mapToLong(Long::longValue).min().orElse(0);
  }

  private static long max(List<Long> values) {
    return values.stream().mapToLong(Long::longValue).max().orElse(0);
  }

  private static void deleteTree(Path root) throws IOException {
    try (var paths = Files.walk(root)) {
      paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    }
  }

  private static String lesson() {
    return """
        id: %s
        languages: [en]
        title: Prompt return
        summary: A step whose http window stays open.
        estimatedMinutes: 1
        steps:
          - id: serve
            title: A server that never answers
            text: Nothing listens.
            actions:
              - kind: command
                run: echo serve-$((1 + 1))
            checks:
              - kind: http
                url: http://127.0.0.1:%d/
                within: 60s
        """
        .formatted(LESSON, SILENT_PORT);
  }
}
