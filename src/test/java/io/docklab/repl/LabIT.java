package io.docklab.repl;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The guided lab end to end, in a real terminal (tmux): a learner picks image-by-hand from the
 * catalogue, types every command of the lesson (the interactive container included), sees each step
 * complete, quits halfway, comes back at the right step, and finishes; once in English, once in
 * Japanese. And Ctrl-C on the foreground Flask server of get-started-part2 returns to the prompt
 * with the step done. These run the seed lessons, so they hold the seed lock.
 */
class LabIT {
  private static final Duration PROMPT = Duration.ofSeconds(30);
  private static final Duration SLOW = Duration.ofSeconds(120);
  private static final String REGISTRY_IMAGE = "127.0.0.1:5000/learner/python-dockerfile";

  private static FileChannel lockFile;
  private static FileLock seedLock;

  @TempDir Path home;

  @BeforeAll
  static void lockTheSeedLessons() throws IOException {
    lockFile =
        FileChannel.open(
            Path.of("/tmp/docklab-seed.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    seedLock = lockFile.lock();
  }

  @AfterAll
  static void unlock() throws IOException, InterruptedException {
    cleanImageByHand();
    docker("sh", "-c", "docker rm -f $(docker ps -aq --filter ancestor=friendlyhello) 2>/dev/null");
    seedLock.release();
    lockFile.close();
  }

  @Test
  void imageByHandInEnglish() throws Exception {
    imageByHand("en", new Words("Step %d/13 done", "Lesson complete", "lesson> ", "Welcome back"));
  }

  @Test
  void imageByHandInJapanese() throws Exception {
    imageByHand("ja", new Words("ステップ %d/13 完了", "レッスン完了", "レッスン> ", "おかえりなさい"));
  }

  /** What the screen says, in one language. */
  private record Words(String stepDone, String lessonDone, String pick, String welcomeBack) {
    String done(int step) {
      return String.format(stepDone, step);
    }
  }

  private void imageByHand(String language, Words words) throws Exception {
    cleanImageByHand();
    try (Tmux terminal = new Tmux("docklab-it-repl-" + language, environment(language))) {
      terminal.start("--lang", language);
      terminal.waitFor(words.pick(), PROMPT);
      terminal.typeOnly("image-b");
      terminal.press("Tab");
      terminal.waitFor("image-by-hand", PROMPT);
      terminal.press("Enter");
      terminal.waitFor(prompt(1), PROMPT);

      // 1: inside a container, on the real terminal.
      terminal.type("docker run --name python-demo -ti python bash");
      terminal.waitFor(":/# ", SLOW);
      terminal.type("echo 'print(\"Hello World!\")' > hello.py");
      terminal.waitFor(":/# ", PROMPT);
      terminal.type("python hello.py");
      terminal.waitFor("Hello World!", PROMPT);
      terminal.type("exit");
      step(terminal, words, 1);

      typeAndComplete(terminal, words, 2, "docker ps");
      typeAndComplete(terminal, words, 3, "docker ps -a");
      typeAndComplete(terminal, words, 4, "docker commit python-demo python-custom");
      typeAndComplete(terminal, words, 5, "docker images");
      typeAndComplete(terminal, words, 6, "docker run python-custom python hello.py");

      // Quit in the middle: a new docklab shows the progress and resumes at step 7.
      terminal.type(":quit");
      terminal.waitFor(Tmux.EXITED + "0", PROMPT);
      terminal.start("--lang", language);
      String catalogue = terminal.waitFor(words.pick(), PROMPT);
      assertTrue(catalogue.contains(" 6/13 "), catalogue);
      terminal.type("image-by-hand");
      terminal.waitFor(words.welcomeBack(), PROMPT);
      terminal.waitFor(prompt(7), PROMPT);

      // 7: the Dockerfile, written by docklab at the learner's request.
      terminal.type(":run");
      step(terminal, words, 7);

      typeAndComplete(terminal, words, 8, "docker build -t python-dockerfile .");
      typeAndComplete(terminal, words, 9, "docker images");
      typeAndComplete(terminal, words, 10, "docker run python-dockerfile");
      typeAndComplete(terminal, words, 11, "docker tag python-dockerfile " + REGISTRY_IMAGE);

      // 12: docker login asks on the terminal.
      terminal.type("docker login 127.0.0.1:5000");
      terminal.waitFor("Username", PROMPT);
      terminal.type("learner");
      terminal.waitFor("Password", PROMPT);
      terminal.type("docklab");
      step(terminal, words, 12);

      terminal.type("docker push " + REGISTRY_IMAGE);
      terminal.waitFor(words.done(13), SLOW);
      terminal.waitFor(words.lessonDone(), PROMPT);
      terminal.waitFor("docklab[image-by-hand 13/13 ✓]$", PROMPT);

      terminal.press("C-d");
      terminal.waitFor(Tmux.EXITED + "0", PROMPT);
      String progress = Files.readString(home.resolve("progress.json"));
      assertTrue(progress.contains("\"push\""), progress);
    }
  }

  @Test
  void ctrlCStopsTheForegroundServerWithTheStepDone() throws Exception {
    docker("sh", "-c", "docker rm -f $(docker ps -aq --filter ancestor=friendlyhello) 2>/dev/null");
    try (Tmux terminal = new Tmux("docklab-it-repl-server", environment("en"))) {
      terminal.start("--lang", "en", "start", "get-started-part2");
      terminal.waitFor(prompt("get-started-part2", 1, 13), PROMPT);
      terminal.type(":run");
      terminal.waitFor(prompt("get-started-part2", 2, 13), PROMPT);
      terminal.type(":run");
      terminal.waitFor(prompt("get-started-part2", 3, 13), PROMPT);
      terminal.type("docker build --tag=friendlyhello .");
      terminal.waitFor("Step 3/13 done", SLOW);
      terminal.waitFor(prompt("get-started-part2", 4, 13), PROMPT);
      terminal.type("docker image ls");
      terminal.waitFor(prompt("get-started-part2", 5, 13), PROMPT);

      terminal.type("docker run -p 127.0.0.1:4000:80 friendlyhello");
      String server = terminal.waitFor("Press Ctrl-C to stop the server.", SLOW);
      assertTrue(server.contains("Step 5/13 done"), server);
      assertFalse(
          server.contains("docklab[get-started-part2"), "the server still holds the terminal");
      terminal.press("C-c");
      terminal.waitFor(prompt("get-started-part2", 6, 13), PROMPT);
      terminal.type("echo still-here");
      terminal.waitFor("still-here", PROMPT);
      terminal.press("C-d");
      terminal.waitFor(Tmux.EXITED + "0", PROMPT);
    }
  }

  private static void typeAndComplete(Tmux terminal, Words words, int step, String command)
      throws IOException, InterruptedException {
    terminal.type(command);
    step(terminal, words, step);
  }

  private static void step(Tmux terminal, Words words, int step)
      throws IOException, InterruptedException {
    terminal.waitFor(words.done(step), SLOW);
    terminal.waitFor(step < 13 ? prompt(step + 1) : "$", PROMPT);
  }

  private static String prompt(int step) {
    return prompt("image-by-hand", step, 13);
  }

  private static String prompt(String lesson, int step, int total) {
    return "docklab[" + lesson + " " + step + "/" + total + "]$";
  }

  private List<String> environment(String language) {
    return List.of(
        "DOCKLAB_HOME=" + home,
        "DOCKER_CONFIG=" + home.resolve("docker-config"), // docker login asks, as for a newcomer
        "LANG=" + (language.equals("ja") ? "ja_JP.UTF-8" : "C.UTF-8"),
        "LC_ALL=");
  }

  /** Removes what image-by-hand makes, so that no step passes before the learner's work. */
  private static void cleanImageByHand() throws IOException, InterruptedException {
    docker("docker", "rm", "-f", "python-demo");
    for (String image : List.of("python-custom", "python-dockerfile", REGISTRY_IMAGE)) {
      docker(
          "sh", "-c", "docker rm -f $(docker ps -aq --filter ancestor=" + image + ") 2>/dev/null");
      docker("docker", "rmi", "-f", image);
    }
  }

  private static void docker(String... command) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    process.getInputStream().readAllBytes();
    process.waitFor(60, TimeUnit.SECONDS);
  }
}
