package io.docklab.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.docklab.classroom.learner.ClassClient;
import io.docklab.classroom.learner.ClassroomFiles;
import io.docklab.classroom.learner.LessonDownload;
import io.docklab.classroom.learner.Membership;
import io.docklab.classroom.server.ClassServer;
import io.docklab.classroom.server.TeacherKey;
import io.docklab.classroom.store.ClassStore;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The learner's lab in a real terminal (tmux) with a class joined, against a real class server on
 * port 22792: the status line at the right of the prompt says connected, then offline with the
 * events to send when the server stops, then connected again once it is back and the outbox has
 * drained; a lesson changed on the teacher's side reaches the learner at the next start of the lab,
 * not in the lab that is running, and a server that cannot be reached leaves the lessons as they
 * are.
 */
@Timeout(240)
class ClassLabIT {
  private static final int PORT = 22792;
  private static final String LESSON = "docklab-it-class-line";
  private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
  private static final Duration SHORT = Duration.ofSeconds(20);

  /** The reporter tries again 5 s after a failure, then 10 s; it looks every 10 s. */
  private static final Duration BACK_ONLINE = Duration.ofSeconds(45);

  @TempDir Path teacher;
  @TempDir Path home;

  @Test
  void statusLineAndLessonsRefreshedAtTheNextStart() throws Exception {
    Path course = Files.createDirectories(teacher.resolve("course"));
    writeLesson(course, "Version one of the first step.");
    ClassServer server = serve(course);
    try {
      join(server);
      writeLesson(course, "Version two of the first step.");

      // First start: the lessons fetched at join; the changed ones are fetched in the background
      // and kept for the next start, the running lab's catalogue untouched.
      try (Tmux terminal = new Tmux("docklab-it-class-" + RUN, environment())) {
        terminal.start("--lang", "en", "start", LESSON);
        terminal.waitFor("Version one of the first step.", SHORT);
        terminal.waitFor("class Docker 101 · connected", SHORT);
        Path next = home.resolve("classroom/lessons.next");
        awaitFile(next.resolve("course/lesson.yaml"));
        assertTrue(
            Files.readString(home.resolve("classroom/lessons/course/lesson.yaml"))
                .contains("Version one"),
            "the lessons the lab reads stay as they were while it runs");
        terminal.type(":quit");
        terminal.waitFor(Tmux.EXITED + "0", SHORT);

        // Second start: the new lessons. The status line follows the server going away and back.
        terminal.start("--lang", "en", "start", LESSON);
        terminal.waitFor("Version two of the first step.", SHORT);
        assertFalse(Files.exists(next), "the kept lessons took the old ones' place");
        terminal.waitFor("class Docker 101 · connected", SHORT);

        server.close();
        terminal.type("touch one.txt");
        String offline = terminal.waitFor("to send", SHORT);
        Matcher line =
            Pattern.compile("class Docker 101 · offline, (\\d+) to send").matcher(offline);
        assertTrue(line.find(), offline);
        assertTrue(Integer.parseInt(line.group(1)) >= 1, offline);

        server = serve(course);
        // Redrawn in place on the prompt's line, which the last wait read past: read that line.
        awaitLastLine(terminal, "class Docker 101 · connected", BACK_ONLINE);
        terminal.type(":quit");
        terminal.waitFor(Tmux.EXITED + "0", SHORT);

        // Third start, the server stopped and the lesson changed again: the lessons stay as they
        // are, the lab starts on them and says it is offline.
        server.close();
        writeLesson(course, "Version three of the first step.");
        terminal.start("--lang", "ja", "start", LESSON);
        terminal.waitFor("docklab[" + LESSON + " 2/2]$", SHORT); // back where the learner left
        terminal.waitFor("クラス Docker 101 · オフライン", SHORT);
        terminal.type(":quit");
        terminal.waitFor(Tmux.EXITED + "0", SHORT);
        assertFalse(Files.exists(next));
        assertTrue(
            Files.readString(home.resolve("classroom/lessons/course/lesson.yaml"))
                .contains("Version two"));
      }
    } finally {
      try {
        server.close();
      } catch (Exception closedAlready) {
        // stopped by the test itself
      }
    }
  }

  private List<String> environment() {
    return List.of("DOCKLAB_HOME=" + home, "DOCKLAB_LESSONS=");
  }

  private ClassServer serve(Path course) throws Exception {
    ClassStore store = ClassStore.open("jdbc:sqlite:" + teacher.resolve("classroom.db"));
    TeacherKey key = TeacherKey.open(store, "Docker 101", teacher);
    ClassServer server =
        ClassServer.open(store, key, List.of(course), Map.of(LESSON, List.of("one", "two")));
    server.start("127.0.0.1", PORT);
    return server;
  }

  /** Joins as {@code docklab class join} does: the membership and the class's lessons. */
  private void join(ClassServer server) throws Exception {
    URI url = URI.create("http://127.0.0.1:" + PORT + "/");
    ClassClient client = new ClassClient(url);
    ClassClient.Joined joined = client.join(server.code(), "Aiko");
    ClassroomFiles files = ClassroomFiles.in(home);
    new Membership(url, joined.className(), joined.learner(), server.code(), joined.token())
        .save(files);
    LessonDownload.write(client.lessons(joined.token()), files.lessons());
  }

  private static void writeLesson(Path course, String firstStepText) throws Exception {
    Files.writeString(
        course.resolve("lesson.yaml"),
        String.join(
            "\n",
            "id: " + LESSON,
            "languages: [en, ja]",
            "title: The class's status line",
            "summary: Two files to make, with a class joined.",
            "estimatedMinutes: 1",
            "creates:",
            "  files: [one.txt, two.txt]",
            "steps:",
            "  - id: one",
            "    title: The first file",
            "    text: " + firstStepText,
            "    actions:",
            "      - kind: command",
            "        run: touch one.txt",
            "    checks:",
            "      - kind: file",
            "        path: one.txt",
            "  - id: two",
            "    title: The second file",
            "    text: Make the second file.",
            "    actions:",
            "      - kind: command",
            "        run: touch two.txt",
            "    checks:",
            "      - kind: file",
            "        path: two.txt",
            ""),
        StandardCharsets.UTF_8);
  }

  /** Waits until the screen's last line (the prompt the learner is at) shows {@code text}. */
  private static void awaitLastLine(Tmux terminal, String text, Duration timeout) throws Exception {
    long deadline = System.nanoTime() + timeout.toNanos();
    String last = "";
    while (System.nanoTime() < deadline) {
      String screen = terminal.screen().stripTrailing();
      last = screen.substring(screen.lastIndexOf('\n') + 1);
      if (last.contains(text)) {
        return;
      }
      Thread.sleep(150); // polling, with a deadline
    }
    throw new AssertionError("the last line did not show \"" + text + "\" in time: " + last);
  }

  private static void awaitFile(Path file) throws InterruptedException {
    long deadline = System.nanoTime() + SHORT.toNanos();
    while (!Files.isRegularFile(file)) {
      assertTrue(System.nanoTime() < deadline, file + " did not appear within " + SHORT);
      Thread.sleep(100); // polling, with a deadline
    }
    assertEquals(true, Files.isRegularFile(file));
  }
}
