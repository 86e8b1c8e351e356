package io.docklab.lesson.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.docklab.i18n.Messages;
import io.docklab.lesson.Advance;
import io.docklab.lesson.CommandAction;
import io.docklab.lesson.ExitExpectation;
import io.docklab.lesson.Lesson;
import io.docklab.lesson.Ready;
import io.docklab.lesson.Step;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A command's {@code exitCode} and {@code ready}, a step's {@code advance}: the same model from
 * both formats, and one {@code file:line:column} error for each bad value.
 */
class FlowKeysTest {
  private static final String FRONT =
      "---\nid: flow\nlanguages: [en]\ntitle: T\nsummary: S\nestimatedMinutes: 1\n---\n\n";
  private static final String CHECK = "```yaml check\nkind: output\nshows: x\n```\n";
  private static final String YAML_HEAD =
      "id: flow\nlanguages: [en]\ntitle: T\nsummary: S\nestimatedMinutes: 1\nsteps:\n";

  @BeforeAll
  static void english() {
    Messages.use(Locale.ENGLISH);
  }

  private static Lesson load(String file, String content) {
    LoadResult result = LessonLoader.load(file, content);
    assertEquals(List.of(), result.errors(), content);
    return result.lesson().orElseThrow();
  }

  private static List<String> errors(String file, String content) {
    return LessonLoader.load(file, content).errors().stream().map(Object::toString).toList();
  }

  private static final String MARKDOWN =
      FRONT
          + "## Fail on purpose {#fail}\n\n"
          + "```sh command {exitCode=nonzero}\ncurl http://web/\n```\n\n"
          + "```sh command {exitCode=6}\ncurl http://nowhere.invalid/\n```\n\n"
          + CHECK
          + "\n## Serve {#serve advance=manual}\n\n"
          + "```sh command\ndocker run -d -p 127.0.0.1:21901:80 --name w nginx:alpine\n```\n\n"
          + "```yaml ready\nurl: http://127.0.0.1:21901/\nwithin: 30s\n```\n\n"
          + "```sh command\ndocker run -d --name r redis:7\n```\n\n"
          + "```yaml ready\nrun: docker exec r redis-cli ping\nwithin: 20s\n```\n\n"
          + "```sh command {solution}\ntrue\n```\n\n"
          + "```yaml ready\nurl: http://127.0.0.1:21901/x\nstatus: 404\nwithin: 5s\n```\n\n"
          + CHECK;

  private static final String YAML =
      YAML_HEAD
          + "  - id: fail\n    title: Fail on purpose\n    actions:\n"
          + "      - {kind: command, run: 'curl http://web/', exitCode: nonzero}\n"
          + "      - {kind: command, run: 'curl http://nowhere.invalid/', exitCode: 6}\n"
          + "    checks: [{kind: output, shows: x}]\n"
          + "  - id: serve\n    title: Serve\n    advance: manual\n    actions:\n"
          + "      - kind: command\n"
          + "        run: docker run -d -p 127.0.0.1:21901:80 --name w nginx:alpine\n"
          + "        ready: {url: 'http://127.0.0.1:21901/', within: 30s}\n"
          + "      - kind: command\n        run: docker run -d --name r redis:7\n"
          + "        ready: {run: docker exec r redis-cli ping, within: 20s}\n"
          + "    solution:\n"
          + "      - kind: command\n        run: 'true'\n"
          + "        ready: {url: 'http://127.0.0.1:21901/x', status: 404, within: 5s}\n"
          + "    checks: [{kind: output, shows: x}]\n";

  @Test
  void bothFormatsGiveTheSameModel() {
    Lesson markdown = load("flow.md", MARKDOWN);
    Lesson yaml = load("flow.yaml", YAML);
    assertEquals(yaml.steps(), markdown.steps());

    Step fail = yaml.step("fail").orElseThrow();
    assertEquals(Advance.AUTO, fail.advance());
    CommandAction meantToFail = (CommandAction) fail.actions().get(0);
    assertEquals(ExitExpectation.NONZERO, meantToFail.exitCode());
    assertTrue(meantToFail.exitCode().accepts(7));
    assertFalse(meantToFail.exitCode().accepts(0));
    assertEquals(ExitExpectation.of(6), ((CommandAction) fail.actions().get(1)).exitCode());
    assertNull(meantToFail.ready());

    Step serve = yaml.step("serve").orElseThrow();
    assertTrue(serve.manual());
    CommandAction web = (CommandAction) serve.actions().get(0);
    assertEquals(ExitExpectation.ZERO, web.exitCode());
    assertEquals(
        new Ready("http://127.0.0.1:21901/", null, null, Duration.ofSeconds(30)), web.ready());
    assertEquals(
        new Ready(null, null, "docker exec r redis-cli ping", Duration.ofSeconds(20)),
        ((CommandAction) serve.actions().get(1)).ready());
    assertEquals(404, ((CommandAction) serve.solution().get(0)).ready().status());
  }

  @Test
  void badExitCodesAreOneErrorEach() {
    assertEquals(
        List.of("flow.md:11:16: expected an exit status from 0 to 255 or nonzero, found '256'"),
        errors(
            "flow.md",
            FRONT + "## A {#a}\n\n```sh command {exitCode=256}\nfalse\n```\n\n" + CHECK));
    assertEquals(
        List.of("flow.yaml:9:55: expected an exit status from 0 to 255 or nonzero, found 'fails'"),
        errors(
            "flow.yaml",
            YAML_HEAD
                + "  - id: a\n    title: A\n"
                + "    actions: [{kind: command, run: 'false', exitCode: fails}]\n"
                + "    checks: [{kind: output, shows: x}]\n"));
  }

  @Test
  void badReadyWaitsAreOneErrorEach() {
    assertEquals(
        List.of("flow.md:16:1: 'ready' needs exactly one of: url, run"),
        errors(
            "flow.md",
            FRONT
                + "## A {#a}\n\n```sh command\ntrue\n```\n\n"
                + "```yaml ready\nwithin: 5s\n```\n\n"
                + CHECK));
    assertEquals(
        List.of("flow.md:17:9: expected a duration such as 500ms, 30s or 2m, found 'soon'"),
        errors(
            "flow.md",
            FRONT
                + "## A {#a}\n\n```sh command\ntrue\n```\n\n"
                + "```yaml ready\nrun: 'true'\nwithin: soon\n```\n\n"
                + CHECK));
    assertEquals(
        List.of("flow.md:11:9: expected a command block before this ready block"),
        errors(
            "flow.md",
            FRONT + "## A {#a}\n\n```yaml ready\nrun: 'true'\nwithin: 1s\n```\n\n" + CHECK));
    assertEquals(
        List.of(
            "flow.yaml:10:59: 'status' is only for a ready wait on a url;"
                + " a command is ready when it exits 0"),
        errors(
            "flow.yaml",
            YAML_HEAD
                + "  - id: a\n    title: A\n    actions:\n"
                + "      - {kind: command, run: 'true', ready: {run: 'true', status: 200, within: 1s}}\n"
                + "    checks: [{kind: output, shows: x}]\n"));
  }

  @Test
  void aBadAdvanceIsOneError() {
    assertEquals(
        List.of("flow.md:9:18: expected one of: auto, manual; found 'later'"),
        errors("flow.md", FRONT + "## A {#a advance=later}\n\n" + CHECK));
    assertEquals(
        List.of("flow.yaml:9:14: expected one of: auto, manual; found 'later'"),
        errors(
            "flow.yaml",
            YAML_HEAD
                + "  - id: a\n    title: A\n    advance: later\n"
                + "    checks: [{kind: output, shows: x}]\n"));
  }
}
