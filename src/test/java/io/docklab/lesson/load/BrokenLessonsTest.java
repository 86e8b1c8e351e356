package io.docklab.lesson.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.docklab.i18n.Messages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The corpus of broken lessons under src/test/resources/broken: one file per class of error, each
 * with exactly the errors it must give, at their line and column.
 */
class BrokenLessonsTest {
  private static final Path DIR = Path.of("src/test/resources/broken");
  private static final String CHECK_KINDS =
      "container, image, http, command, output, file, containerFile, registry, network, volume";

  static Stream<Arguments> corpus() {
    return Stream.of(
        broken(
            "unknown-key.yaml",
            "9:5: unknown key 'colour' in a step;"
                + " expected one of: actions, advance, checks, hints, id, setup, solution, text, title"),
        broken(
            "unknown-key-front-matter.md",
            "5:1: unknown key 'author' in the lesson; expected one of: creates, estimatedMinutes,"
                + " hostPaths, id, languages, requires, summary, title, variables"),
        broken(
            "unknown-key-check-block.md",
            "14:1: unknown key 'contians' in a check of kind 'file';"
                + " expected one of: content, exists, kind, message, passesBefore, path"),
        broken(
            "unknown-check-kind.yaml",
            "10:15: unknown check kind 'imag'; expected one of: " + CHECK_KINDS),
        broken(
            "unknown-check-kind.md",
            "14:7: unknown check kind 'port'; expected one of: " + CHECK_KINDS),
        broken(
            "bad-regex.yaml",
            "12:20: invalid regular expression 'friendlyhello\\s+(latest':"
                + " Unclosed group (at index 23)"),
        broken(
            "bad-regex.md",
            "18:16: invalid regular expression '[unclosed':"
                + " Unclosed character class (at index 8)"),
        broken(
            "blank-reason.yaml",
            "12:23: expected a reason why this check may pass before the step's work, found an"
                + " empty string"),
        broken("missing-field.yaml", "10:9: missing required key 'ref' in a check of kind 'image'"),
        broken("missing-field.md", "11:1: missing required key 'path' in an action of kind 'file'"),
        broken(
            "duplicate-step-id.yaml",
            "12:9: duplicate step id 'build'; it is already used at line 7"),
        broken(
            "duplicate-step-id.md",
            "16:18: duplicate step id 'build'; it is already used at line 9"),
        broken(
            "broken-front-matter.md",
            "4:6: invalid YAML: while parsing a flow sequence: expected ',' or ']', but got :"),
        broken(
            "broken-check-block.md",
            "13:8: invalid YAML: while scanning a quoted scalar: found unexpected end of stream"),
        broken(
            "broken-yaml.yaml",
            "9:4: invalid YAML: while parsing a block collection:"
                + " expected <block end>, but found '<block mapping start>'"),
        broken(
            "no-front-matter.md",
            "1:1: expected front matter: a first line '---', the lesson's YAML keys,"
                + " and a closing '---'"),
        broken(
            "missing-step-id.md",
            "9:1: expected a step id at the end of the heading, such as {#build}"),
        broken(
            "unknown-role.md",
            "11:9: unknown block role 'chek'; expected one of: command, file, input, ready, check, hint"
                + " (a plain block gives only its language)"),
        broken(
            "unknown-attribute.md",
            "11:33: unknown attribute 'background' for a 'command' block;"
                + " expected one of: mode, exitCode, solution, setup"),
        broken(
            "input-without-command.md", "11:9: expected a command block before this input block"),
        broken(
            "missing-language-text.md",
            "9:1: expected text in 'ja' (a <!-- lang:ja --> section) in this part"),
        broken(
            "missing-file-language.md",
            "13:37: expected a file block for 'Dockerfile' with lang=ja in this step: when a file"
                + " has one block with lang, every language needs its block"),
        broken(
            "unknown-file-language.md",
            "18:37: unknown language 'fr' for a file block; expected one of: en, ja"),
        broken(
            "duplicate-file-language.md",
            "23:21: a second 'ja' file block for 'Dockerfile' in this step;"
                + " give each language once"),
        broken("missing-file-language.yaml", "13:11: missing required key 'ja' in a text"),
        broken(
            "unknown-variable.yaml",
            "14:39: unknown variable 'acount'; the lesson declares: registry"),
        broken("wrong-type.yaml", "7:11: expected a list, found 'python:latest'"),
        broken(
            "bad-port.yaml",
            "12:17: expected a published port as [IP:]HOSTPORT:CONTAINERPORT[/PROTOCOL]"
                + " (such as 127.0.0.1:4000:80), found '4000->80'"));
  }

  private static Arguments broken(String file, String... errors) {
    return Arguments.of(file, List.of(errors));
  }

  @BeforeEach
  void english() {
    Messages.use(Locale.ENGLISH);
  }

  @AfterEach
  void back() {
    Messages.use(Locale.ENGLISH);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void eachBrokenLessonGivesItsErrorsAtTheirLineAndColumn(String file, List<String> expected) {
    Path path = DIR.resolve(file);
    LoadResult result = LessonLoader.load(path);
    List<String> actual = result.errors().stream().map(LessonError::toString).toList();
    List<String> withFile = expected.stream().map(error -> path + ":" + error).toList();
    assertEquals(withFile, actual);
    assertTrue(result.lesson().isEmpty(), "a lesson with errors is not loaded");
  }

  @Test
  void everyFileOfTheCorpusHasItsCase() throws IOException {
    Set<String> covered =
        corpus().map(arguments -> (String) arguments.get()[0]).collect(Collectors.toSet());
    try (Stream<Path> files = Files.list(DIR)) {
      Set<String> present =
          files.map(path -> path.getFileName().toString()).collect(Collectors.toSet());
      assertEquals(present, covered);
    }
  }

  @Test
  void errorsSpeakJapaneseWhenAsked() {
    Messages.use(Locale.JAPANESE);
    LoadResult result = LessonLoader.load(DIR.resolve("unknown-check-kind.yaml"));
    assertEquals(
        List.of(
            DIR.resolve("unknown-check-kind.yaml")
                + ":10:15: 未知のチェックの種類 'imag' です。使える種類: "
                + CHECK_KINDS),
        result.errors().stream().map(LessonError::toString).toList());
  }

  @Test
  void aFileThatIsNotALessonIsOneErrorForTheWholeFile() {
    LoadResult result = LessonLoader.load("notes.txt", "hello");
    assertEquals(
        List.of("notes.txt: expected a lesson file: a name ending in .md, .yaml or .yml"),
        result.errors().stream().map(LessonError::toString).toList());
  }
}
