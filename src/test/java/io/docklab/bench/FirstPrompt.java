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
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Start to first prompt of a docklab command line, read from a pseudo-terminal in this one process:
 * the time from starting the launcher to the moment JLine enables bracketed paste ({@code
 * ESC[?2004h}), which it does as its line reader starts reading, once the prompt is drawn. Nothing
 * polls a screen, so the measurement takes no CPU from the two cores docklab starts on.
 *
 * <p>Arguments: {@code RUNS [NAME=VALUE…] -- LAUNCHER ARGS…}; the variables are added to the
 * environment (DOCKLAB_CDS=off, JAVA=java…). Each run uses the same temporary DOCKLAB_HOME, as a
 * learner's later starts do, after one warm-up run that is not counted (it fills the data
 * directory: pty4j's library, the terminal's capabilities). Prints {@code median min max cpu} in
 * milliseconds, where cpu is the median CPU time (user + system, all threads) docklab's process had
 * used by then: on a busy machine the wall time is the machine's, the CPU time still docklab's.
 * Then every run's wall time.
 */
public final class FirstPrompt {
  private static final byte[] BRACKETED_PASTE_ON = "\u001b[?2004h".getBytes(StandardCharsets.UTF_8);
  private static final long GIVE_UP_MILLIS = 30_000;

  private FirstPrompt() {}

  public static void main(String[] args) throws Exception {
    int runs = Integer.parseInt(args[0]);
    Map<String, String> extra = new HashMap<>();
    int i = 1;
    for (; i < args.length && !args[i].equals("--"); i++) {
      String[] assignment = args[i].split("=", 2);
      extra.put(assignment[0], assignment[1]);
    }
    String[] command = Arrays.copyOfRange(args, i + 1, args.length);
    if (command[0].contains("/")) { // pty4j looks a bare name up on PATH, and only that
      command[0] = Path.of(command[0]).toAbsolutePath().toString();
    }
    Path home = Files.createTempDirectory("docklab-bench-home-");
    try {
      Map<String, String> environment = new HashMap<>(System.getenv());
      environment.put("DOCKLAB_HOME", home.toString());
      environment.put("TERM", "xterm-256color");
      environment.putAll(extra);
      firstPrompt(command, environment, home); // warm-up
      List<Long> millis = new ArrayList<>();
      List<Long> cpu = new ArrayList<>();
      for (int run = 0; run < runs; run++) {
        long[] measured = firstPrompt(command, environment, home);
        millis.add(measured[0]);
        cpu.add(measured[1]);
      }
      List<Long> sorted = millis.stream().sorted().toList();
      System.out.println(
          median(millis)
              + " "
              + sorted.get(0)
              + " "
              + sorted.get(sorted.size() - 1)
              + " "
              + median(cpu));
      System.out.println(millis);
    } finally {
      try (Stream<Path> files = Files.walk(home)) {
        files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
      }
    }
  }

  private static long median(List<Long> values) {
    List<Long> sorted = values.stream().sorted().toList();
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  /** The CPU time, in ms, that process {@code pid} has used (Linux: /proc, 100 ticks a second). */
  private static long cpuMillis(long pid) throws IOException {
    String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10; // utime, stime
  }

  /**
   * One start: milliseconds to the first prompt and the CPU time used by then; then Ctrl-D leaves
   * the lab.
   */
  private static long[] firstPrompt(String[] command, Map<String, String> environment, Path home)
      throws IOException, InterruptedException {
    long start = System.nanoTime();
    PtyProcess process =
        new PtyProcessBuilder(command)
            .setEnvironment(environment)
            .setDirectory(home.toString())
            .setInitialColumns(100)
            .setInitialRows(30)
            .setRedirectErrorStream(true)
            .start();
    try {
      awaitBracketedPaste(process.getInputStream(), String.join(" ", command));
      long elapsed = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
      long cpu = cpuMillis(process.pid());
      OutputStream keys = process.getOutputStream();
      keys.write(4); // Ctrl-D: leaves the lab
      keys.flush();
      Thread drain = new Thread(() -> drain(process.getInputStream()));
      drain.setDaemon(true);
      drain.start();
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        throw new IllegalStateException("the lab did not leave on Ctrl-D");
      }
      return new long[] {elapsed, cpu};
    } finally {
      process.destroyForcibly();
    }
  }

  /**
   * Reads {@code output} up to JLine's bracketed-paste switch (in blocks: pty4j's read() of one
   * byte gives bytes above 127 as negative numbers, which would read as the end).
   */
  private static void awaitBracketedPaste(InputStream output, String what) throws IOException {
    long deadline = System.currentTimeMillis() + GIVE_UP_MILLIS;
    int matched = 0;
    byte[] block = new byte[8192];
    java.io.ByteArrayOutputStream seen = new java.io.ByteArrayOutputStream();
    while (true) {
      int read = output.read(block);
      if (read < 0 || System.currentTimeMillis() > deadline) {
        throw new IllegalStateException(
            "no prompt from `" + what + "`; it printed:\n" + seen.toString(StandardCharsets.UTF_8));
      }
      seen.write(block, 0, read);
      for (int i = 0; i < read; i++) {
        byte b = block[i];
        matched = b == BRACKETED_PASTE_ON[matched] ? matched + 1 : (b == 0x1b ? 1 : 0);
        if (matched == BRACKETED_PASTE_ON.length) {
          return;
        }
      }
    }
  }

  private static void drain(InputStream output) {
    try {
      output.transferTo(OutputStream.nullOutputStream());
    } catch (IOException closed) {
      // The lab has gone.
    }
  }
}
