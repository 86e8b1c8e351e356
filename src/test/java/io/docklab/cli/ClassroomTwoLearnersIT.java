package io.docklab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.docklab.classroom.HeadlessChromium;
import io.docklab.repl.Tmux;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue 15's done-when, end to end: the teacher serves a class from a terminal of its own; two
 * learners, each in a terminal and a data directory of their own, one in English and one in
 * Japanese, join it and work through the first steps of a lesson in the real lab; {@code docklab
 * class status --json} and the dashboard in headless Chromium show it. The server is stopped with
 * Ctrl-C mid-lesson, both learners finish another step meanwhile (their labs go on), the server is
 * started again on the same data directory, and every event each lab wrote to its outbox reaches
 * the table once. Ports 22801 (server), 22802 (chromedriver), 22803 (Chromium's debugging port).
 */
@Timeout(480)
class ClassroomTwoLearnersIT {
  private static final String ADDRESS = "127.0.0.1:22801";
  private static final Path LESSONS = Path.of("src/test/resources/two-learners").toAbsolutePath();
  private static final String LESSON = "docklab-it-two-learners";
  private static final ObjectMapper JSON = new ObjectMapper();

  /** A lab's prompt and quick commands: back within this, server or no server. */
  private static final Duration BACK = Duration.ofSeconds(10);

  /** A step that runs a container, on a shared and busy engine. */
  private static final Duration DOCKER = Duration.ofSeconds(60);

  /**
   * The outbox sends again 5, 10, 20, 40, then every 60 seconds while the server is away: after it
   * is back, everything is in within a minute and some.
   */
  private static final Duration RESENT = Duration.ofSeconds(120);

  /** Makes this run's tmux sockets its own. */
  private static final String RUN = UUID.randomUUID().toString().substring(0, 8);

  @TempDir Path teacherHome;
  @TempDir Path aikoHome;
  @TempDir Path benHome;

  @Test
  void twoLearnersWorkThroughALessonAndNothingIsLostWhileTheServerIsDown() throws Exception {
    WebDriver browser = null;
    try (Tmux teacher = new Tmux("docklab-it-class-teacher-" + RUN, env(teacherHome));
        Tmux aiko = new Tmux("docklab-it-class-aiko-" + RUN, env(aikoHome));
        Tmux ben = new Tmux("docklab-it-class-ben-" + RUN, env(benHome))) {
      // The teacher's terminal: the class server, its code and the dashboard's link.
      serve(teacher);
      String printed = teacher.waitFor("Learners join with:", Duration.ofSeconds(60));
      String code = find(printed, "Class code: (\\S+)");
      String link = find(printed, "(http://127\\.0\\.0\\.1:22801/#t=dlT_[A-Za-z0-9_-]{43})");

      // Two learners join, each in a terminal and a data directory of their own.
      aiko.start("--lang", "en", "class", "join", "http://" + ADDRESS, code, "--name", "Aiko");
      aiko.waitFor("Joined “Docker 101”; 1 lesson file(s) fetched", Duration.ofSeconds(60));
      aiko.waitFor(Tmux.EXITED + "0", BACK);
      ben.start("--lang", "ja", "class", "join", "http://" + ADDRESS, code, "--name", "'ベン'");
      ben.waitFor("「Docker 101」に参加しました。", Duration.ofSeconds(60));
      ben.waitFor(Tmux.EXITED + "0", BACK);
      String aikoId = learnerId(aikoHome);
      String benId = learnerId(benHome);

      // Both open the class's lesson in the lab and work through the first steps.
      aiko.start("--lang", "en", "start", LESSON);
      aiko.waitFor(prompt(1), Duration.ofSeconds(60));
      ben.start("--lang", "ja", "start", LESSON);
      ben.waitFor(prompt(1), Duration.ofSeconds(60));

      aiko.type(":hint");
      aiko.waitFor("echo prints its words", BACK);
      aiko.waitFor(prompt(1), BACK);
      aiko.type("echo hello > greeting.txt");
      aiko.waitFor("Step 1/4 done", BACK);
      aiko.waitFor(prompt(2), BACK);
      ben.type("echo hello > greeting.txt");
      ben.waitFor("ステップ 1/4 完了", BACK);
      ben.waitFor(prompt(2), BACK);

      aiko.type("printf 'a\\nb\\nc\\n' | wc -l > count.txt");
      aiko.waitFor("Step 2/4 done", BACK);
      aiko.waitFor(prompt(3), BACK);
      ben.type(":solve");
      ben.waitFor("今すぐ実行しますか? [y/N]", BACK);
      ben.type("y");
      ben.waitFor("ステップ 2/4 完了", BACK);
      ben.waitFor(prompt(3), BACK);

      // Aiko checks before running anything: a failed check, its line sent to the teacher.
      aiko.type(":check");
      aiko.waitFor("expected it to contain 'Hello from Docker!'", BACK);
      aiko.waitFor(prompt(3), BACK);

      // What each lab wrote to its outbox is what the learner did, in order.
      assertEquals(
          List.of(
              "step-started greet",
              "hint-shown greet",
              "step-done greet",
              "step-started count",
              "step-done count",
              "step-started hello",
              "check-failed hello"),
          outbox(aikoHome));
      assertEquals(
          List.of(
              "step-started greet",
              "step-done greet",
              "step-started count",
              "solution-shown count",
              "step-done count",
              "step-started hello"),
          outbox(benHome));
      awaitAllSent(aikoHome, Duration.ofSeconds(30));
      awaitAllSent(benHome, Duration.ofSeconds(30));

      // The teacher's terminal: docklab class status --json.
      JsonNode table = status();
      JsonNode aikoRow = row(table, aikoId);
      assertEquals("Aiko", aikoRow.path("name").asText());
      assertEquals(7, aikoRow.path("events").asInt(), aikoRow.toString());
      assertStep(aikoRow, List.of("greet", "count"), "hello");
      JsonNode aikoNow = aikoRow.path("lessons").path(LESSON);
      assertEquals(1, aikoNow.path("failedChecks").asInt(), aikoNow.toString());
      assertTrue(
          aikoNow.path("lastFailure").asText().contains("Hello from Docker!"), aikoNow.toString());
      JsonNode benRow = row(table, benId);
      assertEquals("ベン", benRow.path("name").asText());
      assertEquals(6, benRow.path("events").asInt(), benRow.toString());
      assertStep(benRow, List.of("greet", "count"), "hello");

      // The teacher's dashboard shows the same cells.
      browser = HeadlessChromium.open("ClassroomTwoLearnersIT", 22802, 22803);
      Dashboard dashboard = new Dashboard(browser);
      browser.get(link);
      dashboard.await("the stream connected", page -> page.state().equals("live"));
      dashboard.awaitRow(aikoId, "Aiko", List.of("greet", "count"), "hello");
      dashboard.awaitRow(benId, "ベン", List.of("greet", "count"), "hello");

      // Mid-lesson, the teacher stops the server.
      teacher.press("C-c");
      teacher.waitFor(Tmux.EXITED.strip(), Duration.ofSeconds(30));
      dashboard.await("the stream seen lost", page -> !page.state().equals("live"));
      Launcher.Run down =
          Launcher.run(Launcher.home(teacherHome), "--lang", "en", "class", "status");
      assertNotEquals(0, down.exitCode(), down.output());
      assertTrue(
          down.output().contains("The class server of this data directory is not running"),
          down.output());

      // Both learners finish a step meanwhile; their labs go on as before.
      aiko.type("docker run --rm hello-world:latest");
      aiko.waitFor("Step 3/4 done", DOCKER);
      aiko.waitFor(prompt(4), BACK);
      ben.type("docker run --rm hello-world:latest");
      ben.waitFor("ステップ 3/4 完了", DOCKER);
      ben.waitFor(prompt(4), BACK);
      aiko.type("echo offline-$((40 + 2))");
      aiko.waitFor("offline-42", BACK);
      aiko.waitFor(prompt(4), BACK);
      ben.type("echo offline-$((40 + 2))");
      ben.waitFor("offline-42", BACK);
      ben.waitFor(prompt(4), BACK);
      assertEquals(9, outbox(aikoHome).size(), outbox(aikoHome).toString());
      assertEquals(8, outbox(benHome).size(), outbox(benHome).toString());
      Launcher.Run waiting =
          Launcher.run(Launcher.home(aikoHome), "--lang", "en", "class", "status");
      assertTrue(waiting.output().contains("2 event(s) waiting to be sent"), waiting.output());
      Launcher.Run waitingJa =
          Launcher.run(Launcher.home(benHome), "--lang", "ja", "class", "status");
      assertTrue(waitingJa.output().contains("送信待ちのイベントが 2 件"), waitingJa.output());

      // The server is started again on the same data directory: the same class goes on.
      serve(teacher);
      teacher.waitFor("Class code: " + code, Duration.ofSeconds(60));
      teacher.waitFor("Learners join with:", BACK);
      awaitAllSent(aikoHome, RESENT);
      awaitAllSent(benHome, RESENT);

      // Every event is in the table once: as many stored as each lab wrote.
      table = status();
      aikoRow = row(table, aikoId);
      assertEquals(outbox(aikoHome).size(), aikoRow.path("events").asInt(), aikoRow.toString());
      assertStep(aikoRow, List.of("greet", "count", "hello"), "finish");
      benRow = row(table, benId);
      assertEquals(outbox(benHome).size(), benRow.path("events").asInt(), benRow.toString());
      assertStep(benRow, List.of("greet", "count", "hello"), "finish");
      assertEquals(2, table.path("learners").size(), table.toString());

      // The dashboard reconnects by itself and shows it, without a reload.
      dashboard.await("the stream connected again", page -> page.state().equals("live"));
      dashboard.awaitRow(aikoId, "Aiko", List.of("greet", "count", "hello"), "finish");
      dashboard.awaitRow(benId, "ベン", List.of("greet", "count", "hello"), "finish");
      screenshot(browser);

      aiko.type(":quit");
      aiko.waitFor(Tmux.EXITED + "0", BACK);
      ben.type(":quit");
      ben.waitFor(Tmux.EXITED + "0", BACK);
      teacher.press("C-c");
      teacher.waitFor(Tmux.EXITED.strip(), Duration.ofSeconds(30));
    } finally {
      if (browser != null) {
        browser.quit();
      }
    }
  }

  private static void serve(Tmux teacher) throws Exception {
    teacher.start(
        200,
        "--lang",
        "en",
        "class",
        "serve",
        "--listen",
        ADDRESS,
        "--lessons",
        LESSONS.toString(),
        "--name",
        "'Docker 101'");
  }

  private static String prompt(int step) {
    return "docklab[" + LESSON + " " + step + "/4]$";
  }

  private static List<String> env(Path home) {
    return List.of("DOCKLAB_HOME=" + home, "DOCKLAB_LESSONS=");
  }

  private static String find(String text, String regex) {
    Matcher matcher = Pattern.compile(regex).matcher(text);
    assertTrue(matcher.find(), "no " + regex + " in:\n" + text);
    return matcher.group(1);
  }

  private static String learnerId(Path home) throws Exception {
    return JSON.readTree(home.resolve("classroom/joined.json").toFile()).path("learner").asText();
  }

  /** The learner's outbox as "kind step" lines, in order. */
  private static List<String> outbox(Path home) throws Exception {
    List<String> events = new ArrayList<>();
    long seq = 0;
    for (String line :
        Files.readAllLines(home.resolve("classroom/outbox.jsonl"), StandardCharsets.UTF_8)) {
      JsonNode event = JSON.readTree(line);
      assertEquals(++seq, event.path("seq").asLong(), "the outbox numbers its events 1, 2, 3, …");
      events.add(event.path("kind").asText() + " " + event.path("step").asText());
    }
    return events;
  }

  /** Waits until the server acknowledged the outbox's last event. */
  private static void awaitAllSent(Path home, Duration timeout) throws Exception {
    Path sent = home.resolve("classroom/outbox.sent");
    long deadline = System.nanoTime() + timeout.toNanos();
    String acknowledged = "";
    while (System.nanoTime() < deadline) {
      int written = outbox(home).size();
      acknowledged =
          Files.exists(sent) ? Files.readString(sent, StandardCharsets.UTF_8).strip() : "";
      if (acknowledged.equals(String.valueOf(written))) {
        return;
      }
      Thread.sleep(200); // polling, with a deadline
    }
    fail(
        home
            + ": the server acknowledged up to "
            + acknowledged
            + " of "
            + outbox(home).size()
            + " events within "
            + timeout);
  }

  private JsonNode status() throws Exception {
    Launcher.Run run =
        Launcher.run(Launcher.home(teacherHome), "--lang", "en", "class", "status", "--json");
    assertEquals(0, run.exitCode(), run.output());
    return JSON.readTree(run.output());
  }

  private static JsonNode row(JsonNode table, String learner) {
    for (JsonNode row : table.path("learners")) {
      if (row.path("learner").asText().equals(learner)) {
        return row;
      }
    }
    throw new AssertionError("no row of " + learner + " in " + table);
  }

  private static void assertStep(JsonNode row, List<String> done, String current) {
    JsonNode lesson = row.path("lessons").path(LESSON);
    List<String> doneSteps = new ArrayList<>();
    lesson.path("done").forEach(step -> doneSteps.add(step.asText()));
    assertEquals(done, doneSteps, row.toString());
    assertEquals(current, lesson.path("current").asText(), row.toString());
  }

  private static void screenshot(WebDriver browser) throws Exception {
    File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
    Path kept = Path.of("target/classroom-two-learners.png");
    Files.createDirectories(kept.getParent());
    Files.copy(shot.toPath(), kept, StandardCopyOption.REPLACE_EXISTING);
  }

  /** The dashboard, read by its DOM contract. */
  private record Dashboard(WebDriver browser) {
    String state() {
      List<WebElement> state = browser.findElements(By.id("state"));
      return state.isEmpty() ? "" : state.get(0).getText();
    }

    void await(String what, java.util.function.Predicate<Dashboard> condition) {
      new WebDriverWait(browser, Duration.ofSeconds(30))
          .withMessage(what)
          .until(page -> condition.test(this));
    }

    /** Waits until the learner's row shows its name, these steps done and that one current. */
    void awaitRow(String learner, String name, List<String> done, String current) {
      String row = "tr[data-learner=\"" + learner + "\"]";
      new WebDriverWait(browser, Duration.ofSeconds(30))
          .withMessage(
              () ->
                  learner
                      + " ("
                      + name
                      + ") to show "
                      + done
                      + " done and "
                      + current
                      + " current; the page shows: "
                      + browser.findElement(By.tagName("body")).getText())
          .until(
              page -> {
                List<WebElement> names = browser.findElements(By.cssSelector(row + " td.name"));
                if (names.isEmpty() || !names.get(0).getText().equals(name)) {
                  return false;
                }
                for (String step : List.of("greet", "count", "hello", "finish")) {
                  String wanted =
                      done.contains(step)
                          ? "done"
                          : step.equals(current) ? "current" : "not-reached";
                  List<WebElement> cells =
                      browser.findElements(
                          By.cssSelector(
                              row
                                  + " td[data-lesson=\""
                                  + LESSON
                                  + "\"][data-step=\""
                                  + step
                                  + "\"]"));
                  if (cells.isEmpty() || !wanted.equals(cells.get(0).getAttribute("data-state"))) {
                    return false;
                  }
                }
                return true;
              });
    }
  }
}
