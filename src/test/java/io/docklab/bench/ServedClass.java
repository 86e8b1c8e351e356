package io.docklab.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code docklab class serve} in a process of its own, started through the launcher as a teacher
 * starts it (DOCKLAB_HOME a directory of the caller's): its class code and teacher token as it
 * prints them, its CPU time and peak resident memory from /proc, and what it wrote.
 */
public final class ServedClass implements AutoCloseable {
  private static final Pattern CODE = Pattern.compile("Class code: (\\S+)");
  private static final Pattern TOKEN = Pattern.compile("#t=(dlT_[A-Za-z0-9_-]+)");

  private final Process process;
  private final Path log;
  private final String url;
  private final String code;
  private final String teacherToken;

  private ServedClass(Process process, Path log, String url, String code, String teacherToken) {
    this.process = process;
    this.log = log;
    this.url = url;
    this.code = code;
    this.teacherToken = teacherToken;
  }

  /**
   * Starts the class "Load bench" on 127.0.0.1:{@code port} with its data in {@code home}; waits
   * (at most {@code timeout}) for it to print the command learners join with.
   */
  public static ServedClass start(Path launcher, Path home, int port, Duration timeout)
      throws IOException, InterruptedException {
    Path log = home.resolve("serve.log");
    ProcessBuilder builder =
        new ProcessBuilder(
                List.of(
                    launcher.toString(),
                    "--lang",
                    "en",
                    "class",
                    "serve",
                    "--listen",
                    "127.0.0.1:" + port,
                    "--name",
                    "Load bench"))
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    builder.environment().put("DOCKLAB_HOME", home.toString());
    builder.environment().remove("DOCKLAB_LESSONS");
    Process process = builder.start();
    long deadline = System.nanoTime() + timeout.toNanos();
    String printed = "";
    while (System.nanoTime() < deadline && process.isAlive()) {
      printed = Files.readString(log, StandardCharsets.UTF_8);
      if (printed.contains("docklab class join ")) {
        Matcher code = CODE.matcher(printed);
        Matcher token = TOKEN.matcher(printed);
        if (!code.find() || !token.find()) {
          process.destroyForcibly();
          throw new IllegalStateException("class serve printed no code or link:\n" + printed);
        }
        return new ServedClass(
            process, log, "http://127.0.0.1:" + port, code.group(1), token.group(1));
      }
      TimeUnit.MILLISECONDS.sleep(50);
    }
    process.destroyForcibly();
    throw new IllegalStateException(
        "class serve did not start within " + timeout + ":\n" + Files.readString(log));
  }

  public String url() {
    return url;
  }

  public String code() {
    return code;
  }

  public String teacherToken() {
    return teacherToken;
  }

  public long pid() {
    return process.pid();
  }

  /** The CPU time (user and system) the server's process has used so far. */
  public Duration cpu() {
    return process.toHandle().info().totalCpuDuration().orElse(Duration.ZERO);
  }

  /** The server's peak resident set (VmHWM) in KiB, 0 where /proc does not say. */
  public long peakRssKib() throws IOException {
    return statusField("VmHWM:");
  }

  private long statusField(String field) throws IOException {
    Path status = Path.of("/proc", Long.toString(process.pid()), "status");
    if (!Files.isReadable(status)) {
      return 0;
    }
    for (String line : Files.readAllLines(status, StandardCharsets.UTF_8)) {
      if (line.startsWith(field)) {
        return Long.parseLong(line.replaceAll("[^0-9]", ""));
      }
    }
    return 0;
  }

  /** The server's threads now, 0 where /proc does not say. */
  public int threads() throws IOException {
    return (int) statusField("Threads:");
  }

  /** All the server has written to its standard output and error so far. */
  public String output() throws IOException {
    return Files.readString(log, StandardCharsets.UTF_8);
  }

  /** Stops the server as Ctrl-C would (SIGTERM), forcibly after 20 s. */
  @Override
  public void close() throws InterruptedException {
    if (process.isAlive()) {
      process.destroy();
      if (!process.waitFor(20, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
      }
    }
  }
}
