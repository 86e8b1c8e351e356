package io.docklab.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.docklab.cli.SeedLock;
import io.docklab.lesson.Lesson;
import io.docklab.lesson.catalog.LessonCatalog;
import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
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

  /** Makes this run's tmux sockets its own. */
  private static final String RUN = UUID.randomUUID().toString().substring(0, 8);

  private static final Lesson IMAGE_BY_HAND = bundled("image-by-hand");
  private static final Lesson GET_STARTED = bundled("get-started-part2");

  private static SeedLock seedLock;

  @TempDir Path home;

  @BeforeAll
  static void lockTheSeedLessons() throws IOException {
    seedLock = SeedLock.acquire();
  }

  @AfterAll
  static void unlock() throws IOException, InterruptedException {
    try {
      cleanImageByHand();
    } finally {
      seedLock.close();
    }
  }

  @Test
  @Timeout(value = 10, unit = TimeUnit.MINUTES) // the whole lesson, typed
  void imageByHandInEnglish() throws Exception {
    imageByHand(
        "en",
        new Words(
            "Step %d/%d done",
            "Lesson complete",
            "lesson>",
            "Welcome back",
            "# The base image the build starts from"));
  }

  @Test
  @Timeout(value = 10, unit = TimeUnit.MINUTES)
  void imageByHandInJapanese() throws Exception {
    imageByHand(
        "ja", new Words("ステップ %d/%d 完了", "レッスン完了", "レッスン>", "おかえりなさい", "# イメージの作成中に使用される基本イメージ"));
  }

  /** What the screen says, in one language; the Dockerfile's first comment in that language. */
  private record Words(
      String stepDone, String lessonDone, String pick, String welcomeBack, String comment) {
    String done(String step) {
      return String.format(stepDone, number(IMAGE_BY_HAND, step), IMAGE_BY_HAND.steps().size());
    }
  }

  private void imageByHand(String language, Words words) throws Exception {
    cleanImageByHand();
    try (Tmux terminal =
        new Tmux("docklab-it-repl-" + language + "-" + RUN, environment(language))) {
      terminal.start("--lang", language);
      terminal.waitFor(words.pick(), PROMPT);
      terminal.typeOnly("image-b");
      terminal.press("Tab");
      terminal.waitFor("image-by-hand", PROMPT);
      terminal.press("Enter");
      terminal.waitFor(prompt("run-interactive"), PROMPT);

      // Inside a container, on the real terminal.
      terminal.type("docker run --name python-demo -ti python bash");
      terminal.waitFor(":/#", SLOW);
      terminal.type("echo 'print(\"Hello World!\")' > hello.py");
      terminal.waitFor(":/#", PROMPT);
      terminal.type("python hello.py");
      terminal.waitFor("Hello World!", PROMPT);
      terminal.type("exit");
      step(terminal, words, "run-interactive");

      typeAndComplete(terminal, words, "ps", "docker ps");
      typeAndComplete(terminal, words, "ps-all", "docker ps -a");
      typeAndComplete(terminal, words, "commit", "docker commit python-demo python-custom");
      typeAndComplete(terminal, words, "images", "docker images");
      typeAndComplete(terminal, words, "run-custom", "docker run python-custom python hello.py");

      // Quit in the middle: a new docklab shows the progress and resumes at the Dockerfile.
      terminal.type(":quit");
      terminal.waitFor(Tmux.EXITED + "0", PROMPT);
      terminal.start("--lang", language);
      String catalogue = terminal.waitFor(words.pick(), PROMPT);
      String counts = number(IMAGE_BY_HAND, "run-custom") + "/" + IMAGE_BY_HAND.steps().size();
      assertTrue(catalogue.contains(" " + counts + " "), catalogue);
      terminal.type("image-by-hand");
      terminal.waitFor(words.welcomeBack(), PROMPT);
      String dockerfileStep = terminal.waitFor(prompt("dockerfile"), PROMPT);
      assertTrue(dockerfileStep.contains("    " + words.comment()), dockerfileStep);

      // The Dockerfile, written by docklab at the learner's request, commented in the language.
      terminal.type(":run");
      step(terminal, words, "dockerfile");
      String dockerfile = Files.readString(home.resolve("workspaces/image-by-hand/Dockerfile"));
      assertTrue(dockerfile.startsWith(words.comment() + "\nFROM python\n"), dockerfile);

      typeAndComplete(terminal, words, "build", "docker build -t python-dockerfile .");
      typeAndComplete(terminal, words, "images-dockerfile", "docker images");
      typeAndComplete(terminal, words, "run-dockerfile", "docker run python-dockerfile");
      typeAndComplete(terminal, words, "tag", "docker tag python-dockerfile " + REGISTRY_IMAGE);

      // docker login asks on the terminal.
      terminal.type("docker login 127.0.0.1:5000");
      terminal.waitFor("Username", PROMPT);
      terminal.type("learner");
      terminal.waitFor("Password", PROMPT);
      terminal.type("docklab");
      step(terminal, words, "login");

      terminal.type("docker push " + REGISTRY_IMAGE);
      terminal.waitFor(words.done("push"), SLOW);
      terminal.waitFor(words.lessonDone(), PROMPT);
      int total = IMAGE_BY_HAND.steps().size();
      terminal.waitFor("docklab[image-by-hand " + total + "/" + total + " ✓]$", PROMPT);

      terminal.press("C-d");
      terminal.waitFor(Tmux.EXITED + "0", PROMPT);
      String progress = Files.readString(home.resolve("progress.json"));
      assertTrue(progress.contains("\"push\""), progress);

      // Kept in the data directory, not made anew on every start: pty4j's native library (which
      // went to a new directory under /tmp each time) and the terminal's capabilities.
      try (Stream<Path> files = Files.walk(home.resolve("native"))) {
        assertTrue(files.anyMatch(file -> file.endsWith("libpty.so")), "libpty.so under native/");
      }
      try (Stream<Path> kept = Files.list(home.resolve("cache").resolve("terminfo"))) {
        List<Path> terminals = kept.toList();
        assertEquals(1, terminals.size(), terminals.toString()); // tmux's TERM
        assertTrue(Files.readString(terminals.get(0)).contains("cols#"), terminals.toString());
      }
    }
  }

  @Test
  void ctrlCStopsTheForegroundServerWithTheStepDone() throws Exception {
    // The lesson's image and containers are fixed names (hence the seed lock): this test removes
    // only the containers it started and the image when it built it.
    Set<String> before = docker("docker", "ps", "-aq", "--filter", "ancestor=friendlyhello");
    boolean imageBefore = !docker("docker", "images", "-q", "friendlyhello").isEmpty();
    Lesson lesson = GET_STARTED;
    try (Tmux terminal = new Tmux("docklab-it-repl-server-" + RUN, environment("en"))) {
      terminal.start("--lang", "en", "start", lesson.id());
      // The lesson's values: :set changes one and keeps it; the catalogue opens and comes back.
      terminal.waitFor(prompt(lesson, 1), SLOW);
      terminal.type(":set account alice");
      terminal.waitFor("account = alice, kept for this lesson.", PROMPT);
      terminal.type(":lessons");
      terminal.waitFor("Pick a lesson", PROMPT);
      terminal.type(lesson.id());
      terminal.waitFor("account   alice", PROMPT);
      // The steps before the server: docklab runs them (files and commands) at the learner's :run.
      for (int step = 1; step < number(lesson, "run"); step++) {
        terminal.waitFor(prompt(lesson, step), SLOW);
        terminal.type(":run");
        terminal.waitFor("Step " + step + "/" + lesson.steps().size() + " done", SLOW);
      }
      terminal.waitFor(prompt(lesson, number(lesson, "run")), SLOW);

      terminal.type("docker run -p 127.0.0.1:4000:80 friendlyhello");
      String server = terminal.waitFor("Press Ctrl-C to stop the server.", SLOW);
      assertTrue(
          server.contains("Step " + number(lesson, "run") + "/" + lesson.steps().size() + " done"),
          server);
      assertFalse(server.contains("docklab[" + lesson.id()), "the server still holds the terminal");
      terminal.press("C-c");
      terminal.waitFor(prompt(lesson, number(lesson, "run") + 1), PROMPT);
      terminal.type("echo still-here");
      terminal.waitFor("still-here", PROMPT);
      terminal.waitFor(prompt(lesson, number(lesson, "run") + 1), PROMPT);
      terminal.press("C-d");
      terminal.waitFor(Tmux.EXITED + "0", PROMPT);
    } finally {
      Set<String> started = docker("docker", "ps", "-aq", "--filter", "ancestor=friendlyhello");
      started.removeAll(before);
      for (String container : started) {
        docker("docker", "rm", "-f", container);
      }
      if (!imageBefore) {
        docker("docker", "rmi", "friendlyhello");
      }
    }
  }

  private static void typeAndComplete(Tmux terminal, Words words, String step, String command)
      throws IOException, InterruptedException {
    terminal.type(command);
    step(terminal, words, step);
  }

  /** Waits for {@code step} of image-by-hand to be done and the next step's prompt. */
  private static void step(Tmux terminal, Words words, String step)
      throws IOException, InterruptedException {
    terminal.waitFor(words.done(step), SLOW);
    int next = number(IMAGE_BY_HAND, step) + 1;
    if (next <= IMAGE_BY_HAND.steps().size()) {
      terminal.waitFor(prompt(IMAGE_BY_HAND, next), PROMPT);
    }
  }

  private static String prompt(String step) {
    return prompt(IMAGE_BY_HAND, number(IMAGE_BY_HAND, step));
  }

  /** The lab prompt at step {@code number} (from 1) of {@code lesson}. */
  private static String prompt(Lesson lesson, int number) {
    return "docklab[" + lesson.id() + " " + number + "/" + lesson.steps().size() + "]$";
  }

  /** The number (from 1) of the step {@code id} in {@code lesson}. */
  private static int number(Lesson lesson, String id) {
    for (int i = 0; i < lesson.steps().size(); i++) {
      if (lesson.steps().get(i).id().equals(id)) {
        return i + 1;
      }
    }
    throw new AssertionError(lesson.id() + " has no step " + id);
  }

  private static Lesson bundled(String id) {
    return LessonCatalog.load(List.of()).lesson(id).orElseThrow();
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

  /** Runs {@code command}; gives the lines of its standard output. */
  private static Set<String> docker(String... command) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(command).redirectError(Redirect.DISCARD).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    process.waitFor(60, TimeUnit.SECONDS);
    return new HashSet<>(output.lines().filter(line -> !line.isBlank()).toList());
  }
}
