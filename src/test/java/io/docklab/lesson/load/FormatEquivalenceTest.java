package io.docklab.lesson.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.docklab.i18n.Messages;
import io.docklab.lesson.Action;
import io.docklab.lesson.CommandAction;
import io.docklab.lesson.CommandMode;
import io.docklab.lesson.FileAction;
import io.docklab.lesson.Lesson;
import io.docklab.lesson.Step;
import io.docklab.lesson.check.CheckKind;
import io.docklab.lesson.check.CheckSpec;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class FormatEquivalenceTest {
  private static final Path DIR = Path.of("src/test/resources/equivalence");

  @BeforeAll
  static void english() {
    Messages.use(Locale.ENGLISH);
  }

  private static Lesson load(String name) {
    LoadResult result = LessonLoader.load(DIR.resolve(name));
    assertEquals(java.util.List.of(), result.errors(), name);
    return result.lesson().orElseThrow();
  }

  @Test
  void markdownAndYamlOfTheSameLessonLoadIntoEqualModels() {
    Lesson markdown = load("every-feature.md");
    Lesson yaml = load("every-feature.yaml");
    assertEquals(yaml.intro(), markdown.intro());
    for (int i = 0; i < yaml.steps().size(); i++) {
      assertEquals(yaml.steps().get(i), markdown.steps().get(i), "step " + i);
    }
    assertEquals(yaml, markdown);
  }

  @Test
  void theComparedLessonUsesEveryKindOfCheckActionAndMode() {
    Lesson lesson = load("every-feature.md");
    Set<Class<?>> checkTypes =
        lesson.steps().stream()
            .flatMap(step -> step.checks().stream())
            .map(CheckSpec::getClass)
            .collect(Collectors.toSet());
    for (CheckKind kind : CheckKind.values()) {
      assertTrue(checkTypes.contains(kind.type()), "no " + kind.key() + " check");
    }
    EnumSet<CommandMode> modes = EnumSet.noneOf(CommandMode.class);
    for (Step step : lesson.steps()) {
      for (Action action : step.actions()) {
        if (action instanceof CommandAction command) {
          modes.add(command.mode());
        }
      }
    }
    assertEquals(EnumSet.allOf(CommandMode.class), modes);
    Step run = lesson.step("run").orElseThrow();
    assertEquals(1, run.solution().size());
    assertEquals(
        java.util.List.of("an earlier login in the same session counts too"),
        run.checks().stream().map(CheckSpec::passesBefore).filter(r -> r != null).toList());
    assertEquals(2, run.hints().size());
    assertEquals(
        java.util.List.of("learner", "{{password}}"),
        ((CommandAction) run.actions().get(1)).input());
  }

  @Test
  void fileBlocksOfOnePathInSeveralLanguagesMakeOneAction() {
    Step write = load("every-feature.md").step("write").orElseThrow();
    assertEquals(2, write.actions().size());
    FileAction plain = (FileAction) write.actions().get(0);
    assertEquals("hello {{registry}}\n", plain.content().in(Locale.JAPANESE));
    FileAction dockerfile = (FileAction) write.actions().get(1);
    assertEquals("Dockerfile", dockerfile.path());
    assertEquals("# The base image\nFROM alpine:3.20\n", dockerfile.content().in(Locale.ENGLISH));
    assertEquals("# ベースイメージ\nFROM alpine:3.20\n", dockerfile.content().in(Locale.JAPANESE));
  }

  @Test
  void markdownTextFollowsTheLanguageMarkers() {
    Lesson lesson = load("every-feature.md");
    Step write = lesson.step("write").orElseThrow();
    String english = write.text().in(Locale.ENGLISH);
    String japanese = write.text().in(Locale.JAPANESE);
    assertTrue(english.startsWith("Write **notes.txt**."), english);
    assertTrue(japanese.startsWith("**notes.txt** を書きます。"), japanese);
    assertTrue(japanese.endsWith("never run\n```"), "lang:all text goes to every language");
    assertTrue(!english.contains("hello {{registry}}"), "a file block is not text");
    assertEquals("Shared intro.\n\nEnglish intro.", lesson.intro().in(Locale.ENGLISH));
    assertEquals("ファイルを書く", write.title().in(Locale.JAPANESE));
    assertTrue(lesson.step("quiet").orElseThrow().text().isEmpty());
  }
}
