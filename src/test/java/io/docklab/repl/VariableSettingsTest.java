package io.docklab.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.docklab.i18n.Messages;
import io.docklab.lesson.Lesson;
import io.docklab.lesson.catalog.LessonSources;
import io.docklab.progress.Progress;
import io.docklab.repl.render.Style;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class VariableSettingsTest {
  private static final Lesson LESSON =
      LessonSources.of(List.of()).find("get-started-part2").orElseThrow();

  private final Progress progress = new Progress();
  private final VariableSettings settings =
      new VariableSettings(progress, new Style(false), Locale.ENGLISH);
  private final List<String> asked = new ArrayList<>();

  @BeforeEach
  void english() {
    Messages.use(Locale.ENGLISH);
  }

  @AfterEach
  void backToEnglish() {
    Messages.use(Locale.ENGLISH);
  }

  private VariableSettings.Asker answering(String answer) {
    return (question, secret) -> {
      asked.add(question + (secret ? " (hidden)" : ""));
      return answer;
    };
  }

  @Test
  void theDefaultsUntilTheLearnerChooses() {
    assertEquals(
        Map.of("registry", "127.0.0.1:5000", "account", "learner", "password", "docklab"),
        settings.values(LESSON).values());
    String listed = settings.describe(LESSON, 200).orElseThrow();
    assertTrue(listed.startsWith("Values this lesson uses (:set NAME VALUE changes one):"), listed);
    assertTrue(listed.contains("registry  127.0.0.1:5000  Registry to push to"), listed);
    assertTrue(
        listed.contains("password  ••••••          Password of that account (secret"), listed);
    assertFalse(listed.contains("docklab  "), "the secret is never shown: " + listed);
  }

  @Test
  void whatEachIsForIsWrappedInItsOwnColumnOrBelow() {
    for (int columns : List.of(100, 60, 40)) {
      String listed = settings.describe(LESSON, columns).orElseThrow();
      List<String> lines = listed.lines().toList();
      for (String line : lines.subList(1, lines.size())) {
        assertTrue(line.length() <= columns, columns + ": " + line);
        assertTrue(line.startsWith("  "), line);
      }
      assertTrue(listed.contains("docker.io"), listed);
    }
    String wide = settings.describe(LESSON, 100).orElseThrow();
    assertTrue(wide.contains("\n" + " ".repeat(28) + "Hub)"), wide); // under its column
    String narrow = settings.describe(LESSON, 40).orElseThrow();
    assertTrue(narrow.contains("  registry  127.0.0.1:5000\n      Registry to push to"), narrow);
  }

  @Test
  void aValueSetIsKeptInTheProgressAndUsed() {
    VariableSettings.Outcome outcome =
        settings.set(LESSON, "registry docker.io", 200, answering("x"));
    assertTrue(outcome.changed());
    assertEquals(
        "registry = docker.io, kept for this lesson. :show shows the step with it.",
        outcome.message());
    assertEquals(List.of(), asked, "nothing asked when the value is given");
    assertEquals(Map.of("registry", "docker.io"), progress.chosen(LESSON.id()));
    assertEquals(
        "docker tag friendlyhello docker.io/learner/get-started:part2",
        settings
            .values(LESSON)
            .text("docker tag friendlyhello {{registry}}/{{account}}/get-started:part2"));

    settings.set(LESSON, "registry 127.0.0.1:5000", 200, answering("x"));
    assertEquals(Map.of(), progress.chosen(LESSON.id()), "the default again: nothing kept");
  }

  @Test
  void aNameAloneAsksWithTheLessonsQuestion() {
    VariableSettings.Outcome outcome = settings.set(LESSON, "account", 200, answering("alice"));
    assertEquals(
        List.of("Account on that registry (your Docker ID on Docker Hub) [learner]: "), asked);
    assertTrue(outcome.changed());
    assertEquals("alice", settings.values(LESSON).values().get("account"));

    VariableSettings.Outcome keep = settings.set(LESSON, "account", 200, answering(""));
    assertFalse(keep.changed());
    assertEquals("account stays alice.", keep.message());
    VariableSettings.Outcome gaveUp = settings.set(LESSON, "account", 200, answering(null));
    assertFalse(gaveUp.changed());
  }

  @Test
  void aSecretIsAskedHiddenAndNeverWrittenToTheProgress() {
    VariableSettings.Outcome outcome = settings.set(LESSON, "password", 200, answering("s3cret"));
    assertTrue(asked.get(0).endsWith("[••••••]:  (hidden)"), asked.toString());
    assertTrue(outcome.changed());
    assertFalse(outcome.message().contains("s3cret"), outcome.message());
    assertEquals("s3cret", settings.values(LESSON).values().get("password"));
    assertEquals(Map.of(), progress.chosen(LESSON.id()));
    assertEquals(
        "docklab",
        new VariableSettings(progress, new Style(false), Locale.ENGLISH)
            .values(LESSON)
            .values()
            .get("password"),
        "a new docklab has only the default");
  }

  @Test
  void anUnknownNameNamesTheOnesThereAre() {
    VariableSettings.Outcome outcome =
        settings.set(LESSON, "registy docker.io", 200, answering("x"));
    assertFalse(outcome.changed());
    assertEquals(
        "This lesson has no value registy; it has: registry, account, password.",
        outcome.message());
  }

  @Test
  void aValueChosenForAVariableTheLessonNoLongerHasIsIgnored() {
    progress.choose(LESSON.id(), "gone", "x");
    assertFalse(settings.values(LESSON).values().containsKey("gone"));
  }
}
