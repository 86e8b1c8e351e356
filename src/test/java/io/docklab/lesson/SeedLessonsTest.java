package io.docklab.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.docklab.i18n.Messages;
import io.docklab.lesson.check.CheckSpec;
import io.docklab.lesson.check.ContainerCheck;
import io.docklab.lesson.check.ContainerState;
import io.docklab.lesson.check.HttpCheck;
import io.docklab.lesson.check.ImageCheck;
import io.docklab.lesson.check.OutputCheck;
import io.docklab.lesson.check.RegistryCheck;
import io.docklab.lesson.load.LessonLoader;
import io.docklab.lesson.load.LoadResult;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The two seed tutorials, as the bundled lessons in lessons/. */
class SeedLessonsTest {
  private static Lesson getStarted;
  private static Lesson byHand;

  @BeforeAll
  static void load() {
    Messages.use(Locale.ENGLISH);
    getStarted = load("lessons/get-started-part2.md");
    byHand = load("lessons/image-by-hand.yaml");
  }

  private static Lesson load(String file) {
    LoadResult result = LessonLoader.load(Path.of(file));
    assertEquals(List.of(), result.errors());
    return result.lesson().orElseThrow();
  }

  private static List<String> ids(Lesson lesson) {
    return lesson.steps().stream().map(Step::id).toList();
  }

  private static List<CommandAction> commands(Lesson lesson) {
    return lesson.steps().stream()
        .flatMap(step -> Stream.concat(step.actions().stream(), step.solution().stream()))
        .filter(CommandAction.class::isInstance)
        .map(CommandAction.class::cast)
        .toList();
  }

  private static String commandsOf(Lesson lesson, String stepId) {
    return lesson.step(stepId).orElseThrow().actions().stream()
        .map(action -> ((CommandAction) action).run())
        .reduce((a, b) -> a + "\n" + b)
        .orElse("");
  }

  @Test
  void getStartedHasEveryStepOfTheTutorialInOrder() {
    assertEquals(
        List.of(
            "hello",
            "dockerfile",
            "app",
            "build",
            "images",
            "run",
            "detached",
            "containers",
            "stop",
            "login",
            "tag",
            "push",
            "pull-run"),
        ids(getStarted));
    assertEquals("docker run --rm hello-world", commandsOf(getStarted, "hello"));
    assertEquals("ls\ndocker build --tag=friendlyhello .", commandsOf(getStarted, "build"));
    assertEquals("docker image ls", commandsOf(getStarted, "images"));
    assertEquals(
        "docker run -d -p 127.0.0.1:4000:80 friendlyhello\ncurl http://localhost:4000",
        commandsOf(getStarted, "detached"));
    assertEquals("docker container ls", commandsOf(getStarted, "containers"));
    assertEquals(
        "docker push {{registry}}/{{account}}/get-started:part2", commandsOf(getStarted, "push"));
  }

  @Test
  void getStartedWritesTheThreeFilesWithAModernPython() {
    List<FileAction> files =
        getStarted.steps().stream()
            .flatMap(step -> step.actions().stream())
            .filter(FileAction.class::isInstance)
            .map(FileAction.class::cast)
            .toList();
    assertEquals(
        List.of("Dockerfile", "requirements.txt", "app.py"),
        files.stream().map(FileAction::path).toList());
    assertTrue(files.get(0).content().in(Locale.ENGLISH).contains("FROM python:3.11-slim\n"));
    assertTrue(
        files
            .get(0)
            .content()
            .in(Locale.ENGLISH)
            .contains("RUN pip install --trusted-host pypi.python.org -r requirements.txt"));
    assertTrue(files.get(2).content().in(Locale.ENGLISH).contains("Redis(host=\"localhost\""));
    assertEquals(List.of("python:3.11-slim", "hello-world"), getStarted.requires().images());
    assertEquals(List.of("registry"), getStarted.requires().services());
    assertTrue(getStarted.intro().in(Locale.ENGLISH).contains("python:3.11-slim"));
    String dockerfileStep = getStarted.step("dockerfile").orElseThrow().text().in(Locale.ENGLISH);
    assertTrue(dockerfileStep.contains("2.7"), "the lesson says why python 2.7 is gone");
  }

  @Test
  void theForegroundServerIsLongRunningAndItsPageIsChecked() {
    Step run = getStarted.step("run").orElseThrow();
    CommandAction server = (CommandAction) run.actions().get(0);
    assertEquals("docker run -p 127.0.0.1:4000:80 friendlyhello", server.run());
    assertEquals(CommandMode.LONG_RUNNING, server.mode());
    HttpCheck page = (HttpCheck) run.checks().get(0);
    assertEquals("http://localhost:4000/", page.url());
    assertTrue(page.body().test("<h3>Hello World!</h3>"));
    assertFalse(page.body().test("<h3>Hello!</h3>"));
  }

  @Test
  void everyPublishedPortIsOnLoopbackOnly() {
    List<String> published =
        Stream.concat(commands(getStarted).stream(), commands(byHand).stream())
            .map(CommandAction::run)
            .filter(run -> run.contains(" -p "))
            .toList();
    assertEquals(4, published.size()); // detached also in its reference solution
    for (String run : published) {
      assertTrue(run.contains(" -p 127.0.0.1:"), run);
    }
  }

  @Test
  void loginIsInteractiveWithScriptedInputAndChecksItsOutput() {
    for (Lesson lesson : List.of(getStarted, byHand)) {
      Step login = lesson.step("login").orElseThrow();
      CommandAction command = (CommandAction) login.actions().get(0);
      assertEquals("docker login {{registry}}", command.run());
      assertEquals(CommandMode.INTERACTIVE, command.mode());
      assertEquals(List.of("{{account}}", "{{password}}"), command.input());
      assertTrue(((OutputCheck) login.checks().get(0)).shows().test("Login Succeeded\n"));
    }
    List<Action> solution = byHand.step("login").orElseThrow().referenceSolution();
    assertTrue(((CommandAction) solution.get(0)).run().contains("--password-stdin"));
  }

  @Test
  void pushStepsDefaultToTheLocalRegistryAndCheckIt() {
    for (Lesson lesson : List.of(getStarted, byHand)) {
      assertEquals(
          List.of("registry", "account", "password"),
          lesson.variables().stream().map(Variable::name).toList());
      assertEquals("127.0.0.1:5000", lesson.variables().get(0).defaultValue());
      assertEquals("learner", lesson.variables().get(1).defaultValue());
      assertTrue(lesson.variables().get(2).secret());
      RegistryCheck pushed = (RegistryCheck) lesson.step("push").orElseThrow().checks().get(0);
      assertEquals("{{registry}}", pushed.registry());
      assertEquals("{{account}}", pushed.username());
    }
  }

  @Test
  void imageByHandHasEveryStepOfTheTutorialInOrder() {
    assertEquals(
        List.of(
            "run-interactive",
            "ps",
            "ps-all",
            "commit",
            "images",
            "run-custom",
            "dockerfile",
            "build",
            "images-dockerfile",
            "run-dockerfile",
            "tag",
            "login",
            "push"),
        ids(byHand));
    CommandAction bash =
        (CommandAction) byHand.step("run-interactive").orElseThrow().actions().get(0);
    assertEquals("docker run --name python-demo -ti python bash", bash.run());
    assertEquals(CommandMode.INTERACTIVE, bash.mode());
    assertEquals(
        List.of("echo 'print(\"Hello World!\")' > hello.py", "python hello.py", "exit"),
        bash.input());
    assertEquals("docker commit python-demo python-custom", commandsOf(byHand, "commit"));
    assertEquals("docker run python-custom python hello.py", commandsOf(byHand, "run-custom"));
    assertEquals("docker build -t python-dockerfile .", commandsOf(byHand, "build"));
    assertEquals(List.of("python:latest"), byHand.requires().images());
  }

  @Test
  void theHandMadeContainerMustHaveExitedCleanly() {
    ContainerCheck demo =
        (ContainerCheck) byHand.step("run-interactive").orElseThrow().checks().get(0);
    assertEquals("python-demo", demo.name());
    assertEquals(ContainerState.EXITED, demo.state());
    assertEquals(0, demo.exitCode());
    ImageCheck built = (ImageCheck) byHand.step("build").orElseThrow().checks().get(0);
    assertEquals(List.of("/bin/sh", "-c", "python hello.py"), built.cmd());
    assertEquals("/app", built.workdir());
  }

  @Test
  void everyStepHasChecksAndTextInBothLanguages() {
    for (Lesson lesson : List.of(getStarted, byHand)) {
      assertEquals(List.of("en", "ja"), lesson.languages());
      for (Step step : lesson.steps()) {
        assertFalse(step.checks().isEmpty(), step.id());
        String english = step.text().in(Locale.ENGLISH);
        String japanese = step.text().in(Locale.JAPANESE);
        assertFalse(english.isBlank(), step.id());
        assertFalse(japanese.isBlank(), step.id());
        assertTrue(japanese.codePoints().anyMatch(c -> c >= 0x3040), step.id() + " in Japanese");
        assertFalse(english.equals(japanese), step.id());
      }
    }
  }

  /**
   * Every Dockerfile, and every file with comments, has its comments in the learner's language
   * (Japanese as in the seed documents) and, but for them, the same lines in both languages, so
   * that the checks and the build see the same file whatever the language.
   */
  @Test
  void filesWithCommentsSpeakTheLearnersLanguage() {
    int commented = 0;
    for (Lesson lesson : List.of(getStarted, byHand)) {
      for (Step step : lesson.steps()) {
        for (Action action : step.actions()) {
          if (!(action instanceof FileAction file)) {
            continue;
          }
          String where = lesson.id() + " " + file.path();
          String english = file.content().in(Locale.ENGLISH);
          String japanese = file.content().in(Locale.JAPANESE);
          List<String> englishComments = comments(english);
          if (!file.path().equals("Dockerfile") && englishComments.isEmpty()) {
            assertEquals(english, japanese, where);
            continue;
          }
          commented++;
          assertFalse(englishComments.isEmpty(), where);
          assertEquals(englishComments.size(), comments(japanese).size(), where);
          for (String comment : comments(japanese)) {
            assertTrue(comment.codePoints().anyMatch(c -> c > 0x3000), where + ": " + comment);
            assertFalse(comment.replace("コンテナー", "").contains("コンテナ"), "spelling: " + comment);
          }
          englishComments.forEach(
              comment -> assertTrue(comment.codePoints().allMatch(c -> c < 128)));
          assertEquals(code(english), code(japanese), where);
        }
      }
    }
    assertEquals(3, commented, "the two Dockerfiles and app.py");
    assertTrue(
        ((FileAction) getStarted.step("dockerfile").orElseThrow().actions().get(0))
            .content()
            .in(Locale.JAPANESE)
            .contains("# 公式 Python ランタイムを親イメージとして使用\nFROM python:3.11-slim\n"));
  }

  private static List<String> comments(String content) {
    return content.lines().filter(line -> line.strip().startsWith("#")).toList();
  }

  private static List<String> code(String content) {
    return content.lines().filter(line -> !line.strip().startsWith("#")).toList();
  }

  /**
   * Every step has hints from gentle to explicit, in both languages: the first one does not give
   * the command away, the last one gives the step's commands as code lines (whole, to copy) or says
   * how to write its files.
   */
  @Test
  void everyStepHasProgressiveHintsInBothLanguages() {
    for (Lesson lesson : List.of(getStarted, byHand)) {
      for (Step step : lesson.steps()) {
        String where = lesson.id() + " step " + step.id();
        List<Text> hints = step.hints();
        assertTrue(hints.size() >= 2, where + " has " + hints.size() + " hint(s)");
        for (Text hint : hints) {
          assertEquals(lesson.languages(), List.copyOf(hint.byLanguage().keySet()), where);
          String english = hint.in(Locale.ENGLISH);
          String japanese = hint.in(Locale.JAPANESE);
          assertFalse(english.isBlank(), where);
          assertTrue(
              english.codePoints().noneMatch(SeedLessonsTest::isKana), where + ": " + english);
          assertTrue(
              japanese.codePoints().anyMatch(SeedLessonsTest::isKana), where + ": " + japanese);
        }
        List<String> commands =
            step.actions().stream()
                .filter(CommandAction.class::isInstance)
                .map(action -> ((CommandAction) action).run())
                .toList();
        Text last = hints.get(hints.size() - 1);
        for (Locale locale : List.of(Locale.ENGLISH, Locale.JAPANESE)) {
          for (String command : commands) {
            assertTrue(
                last.in(locale).lines().anyMatch(line -> line.equals("    " + command)),
                where + ": the last hint (" + locale + ") should give `" + command + "` as code");
          }
          for (Action action : step.actions()) {
            if (action instanceof FileAction file) {
              assertTrue(
                  last.in(locale).contains("cat > " + file.path() + " <<'EOF'"),
                  where
                      + ": the last hint ("
                      + locale
                      + ") should say how to write "
                      + file.path());
            }
          }
        }
        commands.stream()
            .max(Comparator.comparingInt(String::length))
            .ifPresent(
                main ->
                    assertFalse(
                        hints.get(0).in(Locale.ENGLISH).contains(main),
                        where + ": the first hint should be gentle, not the command"));
      }
    }
  }

  private static boolean isKana(int c) {
    return c >= 0x3040 && c <= 0x30ff;
  }

  @Test
  void lookingStepsCheckWhatTheLastCommandPrinted() {
    for (String id : List.of("images", "containers")) {
      List<CheckSpec> checks = getStarted.step(id).orElseThrow().checks();
      assertTrue(checks.get(0) instanceof OutputCheck, id);
    }
    OutputCheck listing = (OutputCheck) getStarted.step("images").orElseThrow().checks().get(0);
    assertTrue(listing.shows().test("REPOSITORY TAG\nfriendlyhello   latest   326387cea398\n"));
    assertFalse(listing.shows().test("REPOSITORY TAG\npython   3.11-slim   1c7128a655f6\n"));
    for (String id : List.of("ps", "ps-all", "images", "images-dockerfile")) {
      assertTrue(
          byHand.step(id).orElseThrow().checks().get(0) instanceof OutputCheck, "by hand " + id);
    }
  }

  @Test
  void everythingTheLessonsMakeIsDeclared() {
    assertEquals(
        List.of("friendlyhello", "{{registry}}/{{account}}/get-started:part2"),
        getStarted.creates().images());
    assertEquals(List.of("Dockerfile", "requirements.txt", "app.py"), getStarted.creates().files());
    assertEquals(List.of("python-demo"), byHand.creates().containers());
    assertEquals(
        List.of("python-custom", "python-dockerfile", "{{registry}}/{{account}}/python-dockerfile"),
        byHand.creates().images());
    assertEquals(
        List.of("{{registry}}/{{account}}/python-dockerfile"), byHand.creates().repositories());
  }
}
