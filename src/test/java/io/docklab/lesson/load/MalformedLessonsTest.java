package io.docklab.lesson.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.docklab.i18n.Messages;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The malformed-lesson corpus, src/test/resources/malformed: over a hundred lesson files, Markdown
 * and YAML, each broken in one way (a crasher of issue 11 among them: a lone CR, a duration of
 * twenty digits, YAML nested 1,500 deep, a forged error line). expectations.txt there gives, for
 * each, the first error validate prints, at its line and column. Every error is one line.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class MalformedLessonsTest {
  static final Path DIR = Path.of("src/test/resources/malformed");
  private static final Path EXPECTATIONS = DIR.resolve("expectations.txt");

  @BeforeAll
  static void english() {
    Messages.use(Locale.ENGLISH);
  }

  @AfterAll
  static void back() {
    Messages.use(Locale.ENGLISH);
  }

  static Stream<String> expectations() throws IOException {
    return Files.readAllLines(EXPECTATIONS, StandardCharsets.UTF_8).stream()
        .filter(line -> !line.isBlank() && !line.startsWith("#"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("expectations")
  void eachFileGivesItsFirstErrorAtItsLineAndColumn(String expected) {
    String name = expected.substring(0, expected.indexOf(':'));
    long started = System.nanoTime();
    LoadResult result = LessonLoader.load(DIR.resolve(name));
    long millis = (System.nanoTime() - started) / 1_000_000;

    assertTrue(result.lesson().isEmpty(), name + " must not load");
    assertEquals(DIR + "/" + expected, result.errors().get(0).toString());
    for (LessonError error : result.errors()) {
      String line = error.toString();
      assertFalse(line.contains("\n") || line.contains("\r"), line);
      assertFalse(line.contains("Exception"), line);
    }
    assertTrue(millis < 2_000, name + " took " + millis + " ms");
  }

  @Test
  void theCorpusHasEightyFilesOrMoreAndEachHasItsExpectation() throws IOException {
    Set<String> expected =
        expectations()
            .map(line -> line.substring(0, line.indexOf(':')))
            .collect(Collectors.toSet());
    try (Stream<Path> files = Files.list(DIR)) {
      Set<String> present =
          files
              .map(path -> path.getFileName().toString())
              .filter(LessonLoader::isLessonFile)
              .collect(Collectors.toSet());
      assertEquals(present, expected);
    }
    assertTrue(expected.size() >= 80, expected.size() + " files");
    assertTrue(expected.stream().filter(name -> name.endsWith(".md")).count() >= 30);
    assertTrue(expected.stream().filter(name -> name.endsWith(".yaml")).count() >= 30);
  }

  @Test
  void validateKeepsTheErrorsOfEveryFile() throws IOException {
    var report = io.docklab.lesson.catalog.LessonValidation.validate(List.of(DIR));
    List<String> firsts =
        report.errors().stream().collect(Collectors.groupingBy(LessonError::file)).values().stream()
            .map(errors -> errors.get(0).toString())
            .sorted()
            .toList();
    List<String> expected = expectations().map(line -> DIR + "/" + line).sorted().toList();
    assertEquals(expected, firsts);
  }
}
