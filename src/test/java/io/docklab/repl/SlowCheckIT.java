package io.docklab.repl;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A check that hangs never holds the prompt: after a step command whose {@code http} check meets a
 * server that accepts and never answers, the prompt is back within a second or so (the look goes on
 * in the background), and what the check finds is said above the prompt when it comes.
 */
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class SlowCheckIT {
  /** The test's own server there accepts connections and never answers. */
  private static final int MUTE_PORT = 22604;

  @TempDir Path home;
  @TempDir Path lessons;

  private final String lesson = "docklab-it-slow-" + UUID.randomUUID().toString().substring(0, 8);

  @ParameterizedTest
  @CsvSource({
    "en, Still checking the step",
    "ja, ステップの確認を続けています",
  })
  void thePromptIsBackWhileAHangingCheckGoesOn(String language, String still) throws Exception {
    Files.writeString(lessons.resolve("slow.yaml"), lessonText());
    String prompt = "docklab[" + lesson + " 1/1]$";
    List<Socket> held = new ArrayList<>();
    try (ServerSocket mute = new ServerSocket(MUTE_PORT, 50, InetAddress.getLoopbackAddress());
        Tmux terminal = new Tmux(lesson + "-" + language, List.of("DOCKLAB_HOME=" + home))) {
      Thread acceptor =
          new Thread(
              () -> {
                try {
                  while (true) {
                    held.add(mute.accept()); // and never a byte back
                  }
                } catch (java.io.IOException closed) {
                  // the test is over
                }
              });
      acceptor.setDaemon(true);
      acceptor.start();
      terminal.start("--lang", language, "--lessons", lessons.toString(), "start", lesson);
      terminal.waitFor(prompt, Duration.ofSeconds(30));
      long typed = System.nanoTime();
      terminal.type("echo look");
      terminal.waitFor(still, Duration.ofSeconds(10));
      terminal.waitFor(prompt, Duration.ofSeconds(10));
      Duration took = Duration.ofNanos(System.nanoTime() - typed);
      System.out.println(
          "SlowCheckIT: the prompt after a hanging check: " + took.toMillis() + " ms");
      assertTrue(took.compareTo(Duration.ofSeconds(4)) < 0, took.toMillis() + " ms");
      // Said above the prompt (so before the place the last wait got to): read the whole screen.
      String failed = "✗ http://127.0.0.1:" + MUTE_PORT + "/";
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (!terminal.screen().contains(failed) && System.nanoTime() < deadline) {
        Thread.sleep(200);
      }
      String screen = terminal.screen();
      assertTrue(screen.contains(failed), screen);
      assertTrue(screen.stripTrailing().endsWith(prompt), screen);
      terminal.type(":quit");
      terminal.waitFor(Tmux.EXITED + "0", Duration.ofSeconds(10));
    } finally {
      for (Socket socket : held) {
        socket.close();
      }
    }
  }

  private String lessonText() {
    return """
        id: %1$s
        languages: [en, ja]
        title: A hanging check
        summary: The prompt does not wait for it.
        estimatedMinutes: 1
        steps:
          - id: look
            title: Look
            text: Type it.
            actions:
              - kind: command
                run: echo look
            checks:
              - kind: http
                url: http://127.0.0.1:%2$d/
                within: 60s
        """
        .formatted(lesson, MUTE_PORT);
  }
}
