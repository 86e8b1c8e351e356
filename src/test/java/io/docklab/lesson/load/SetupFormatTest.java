package io.docklab.lesson.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.docklab.i18n.Messages;
import io.docklab.lesson.CommandAction;
import io.docklab.lesson.CommandMode;
import io.docklab.lesson.Creates;
import io.docklab.lesson.FileAction;
import io.docklab.lesson.Lesson;
import io.docklab.lesson.Step;
import io.docklab.lesson.Text;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * {@code setup} (the lesson's and a step's) and {@code creates.networks}/{@code creates.volumes} in
 * both formats: what loads, and the errors at their line and column.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class SetupFormatTest {
  private static final String FRONT =
      """
      id: staged
      languages: [en]
      title: Staged
      summary: A lesson with a stage.
      estimatedMinutes: 5
      variables:
        - name: net
          default: staged-net
      creates:
        containers: [web]
        networks: ["{{net}}", staged-back]
        volumes: [staged-data]
        files: [site/index.html]
      """;

  private static final String YAML =
      FRONT
          + """
          setup:
            - kind: file
              path: site/index.html
              content: |
                hello
            - kind: command
              run: docker network create {{net}} 2>/dev/null || true
          steps:
            - id: run
              title: Run it
              setup:
                - kind: command
                  run: docker rm -f web
              actions:
                - kind: command
                  run: docker run -d --name web --network {{net}} nginx:alpine
              checks:
                - kind: container
                  name: web
            - id: look
              title: Look
              checks:
                - kind: container
                  name: web
          """;

  private static final String MARKDOWN =
      "---\n"
          + FRONT
          + """
          ---

          The intro.

          ```html file {path=site/index.html setup}
          hello
          ```

          ```sh command {setup}
          docker network create {{net}} 2>/dev/null || true
          ```

          ## Run it {#run}

          ```sh command {setup}
          docker rm -f web
          ```

          ```sh command
          docker run -d --name web --network {{net}} nginx:alpine
          ```

          ```yaml check
          kind: container
          name: web
          ```

          ## Look {#look}

          ```yaml check
          kind: container
          name: web
          ```
          """;

  @BeforeEach
  void english() {
    Messages.use(Locale.ENGLISH);
  }

  @AfterEach
  void back() {
    Messages.use(Locale.ENGLISH);
  }

  private static Lesson lesson(LoadResult result) {
    assertEquals(List.of(), result.errors());
    return result.lesson().orElseThrow();
  }

  private static List<String> errors(LoadResult result) {
    return result.errors().stream().map(LessonError::toString).toList();
  }

  @Test
  void theLessonsAndTheStepsSetupLoadTheSameInBothFormats() {
    Lesson yaml = lesson(new YamlLessonLoader().load("staged.yaml", YAML));
    Lesson markdown = lesson(new MarkdownLessonLoader().load("staged.md", MARKDOWN));
    assertEquals(
        List.of(
            new FileAction("site/index.html", Text.same("hello\n", List.of("en"))),
            new CommandAction(
                "docker network create {{net}} 2>/dev/null || true", CommandMode.PLAIN, List.of())),
        yaml.setup());
    Step run = yaml.step("run").orElseThrow();
    assertEquals(
        List.of(new CommandAction("docker rm -f web", CommandMode.PLAIN, List.of())), run.setup());
    assertEquals(1, run.actions().size(), "a setup block is not the learner's work");
    assertEquals(List.of(), yaml.step("look").orElseThrow().setup());
    assertEquals(yaml.setup(), markdown.setup());
    assertEquals(yaml.steps(), markdown.steps());
  }

  @Test
  void createdNetworksAndVolumesLoadByExactNameInBothFormats() {
    for (LoadResult result :
        List.of(
            new YamlLessonLoader().load("staged.yaml", YAML),
            new MarkdownLessonLoader().load("staged.md", MARKDOWN))) {
      Creates creates = lesson(result).creates();
      assertEquals(List.of("{{net}}", "staged-back"), creates.networks());
      assertEquals(List.of("staged-data"), creates.volumes());
    }
  }

  @Test
  void setupAndSolutionOnOneBlockIsAnError() {
    String md =
        MARKDOWN.replace(
            "```sh command {setup}\ndocker rm", "```sh command {setup solution}\ndocker rm");
    assertEquals(
        List.of(
            "staged.md:29:22: a block is either part of the setup or of the solution, not both:"
                + " remove 'setup' or 'solution'"),
        errors(new MarkdownLessonLoader().load("staged.md", md)));
  }

  @Test
  void aCommandOrFileBlockBeforeTheFirstStepNeedsTheSetupAttribute() {
    String md =
        MARKDOWN.replace("```sh command {setup}\ndocker network", "```sh command\ndocker network");
    assertEquals(
        List.of(
            "staged.md:23:7: expected a 'command' block inside a step (after a ## heading), or with"
                + " the attribute {setup} to prepare the lesson; found it before the first step"),
        errors(new MarkdownLessonLoader().load("staged.md", md)));
  }

  @Test
  void aSetupCommandRunsPlainInBothFormats() {
    String md =
        MARKDOWN.replace(
            "```sh command {setup}\ndocker rm",
            "```sh command {setup mode=interactive}\ndocker rm");
    assertEquals(
        List.of(
            "staged.md:29:22: a setup command runs quietly to its end, without a terminal:"
                + " expected mode 'plain' (the default), found 'interactive'"),
        errors(new MarkdownLessonLoader().load("staged.md", md)));
    String yaml =
        YAML.replace(
            "run: docker rm -f web\n", "run: docker rm -f web\n        mode: long-running\n");
    assertEquals(
        List.of(
            "staged.yaml:27:15: a setup command runs quietly to its end, without a terminal:"
                + " expected mode 'plain' (the default), found 'long-running'"),
        errors(new YamlLessonLoader().load("staged.yaml", yaml)));
  }

  @Test
  void aSetupCommandDoesNotWaitForReady() {
    String md =
        MARKDOWN.replace(
            "docker rm -f web\n```\n",
            "docker rm -f web\n```\n\n```yaml ready\nurl: http://127.0.0.1:8080/\nwithin: 5s\n```\n");
    List<String> errors = errors(new MarkdownLessonLoader().load("staged.md", md));
    assertEquals(1, errors.size(), errors.toString());
    assertEquals(
        true,
        errors.get(0).startsWith("staged.md:33:1: a setup command does not wait for 'ready'"),
        errors.toString());
  }

  @Test
  void aSetupAttributeOnABlockThatIsNoActionIsUnknown() {
    String md =
        MARKDOWN.replace(
            "```yaml check\nkind: container\nname: web\n```\n\n## Look",
            "```yaml check {setup}\nkind: container\nname: web\n```\n\n## Look");
    assertEquals(
        List.of(
            "staged.md:37:16: unknown attribute 'setup' for a 'check' block; expected one of: -"),
        errors(new MarkdownLessonLoader().load("staged.md", md)));
  }

  @Test
  void aNetworkOrVolumeNameTheEngineRefusesIsAnError() {
    String yaml = YAML.replace("volumes: [staged-data]", "volumes: [-data, \"my data\"]");
    assertEquals(
        List.of(
            "staged.yaml:12:13: expected a name of letters, digits, '_', '.' and '-' that starts"
                + " with a letter or digit (placeholders allowed), found '-data'",
            "staged.yaml:12:20: expected a name of letters, digits, '_', '.' and '-' that starts"
                + " with a letter or digit (placeholders allowed), found 'my data'"),
        errors(new YamlLessonLoader().load("staged.yaml", yaml)));
    String md =
        MARKDOWN.replace("networks: [\"{{net}}\", staged-back]", "networks: [\"{{nett}}\"]");
    assertEquals(
        List.of("staged.md:12:14: unknown variable 'nett'; the lesson declares: net"),
        errors(new MarkdownLessonLoader().load("staged.md", md)));
  }
}
