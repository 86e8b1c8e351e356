package io.docklab.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.docklab.i18n.Messages;
import io.docklab.lesson.Placeholders.Placeholder;
import io.docklab.lesson.load.LessonLoader;
import io.docklab.lesson.load.LoadResult;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** One placeholder grammar, the same for the loader and for whatever puts the values in. */
class PlaceholdersTest {
  private static final Set<String> DECLARED = Set.of("registry", "end");

  @Test
  void aDeclaredNameWithOrWithoutSpacesIsAVariable() {
    assertEquals(
        List.of(
            new Placeholder("registry", 5, 17, true), new Placeholder("registry", 18, 33, true)),
        Placeholders.in("push {{registry}}/{{  registry }}", DECLARED));
  }

  @Test
  void goTemplatesAreNoPlaceholders() {
    String text =
        "{{.State.Status}} {{range .Mounts}}{{.Source}}{{ else }}{{end}}{{- end}}{{json .}}{{ $x }}";
    assertEquals(List.of(), Placeholders.in(text, Set.of("registry")));
  }

  @Test
  void anUndeclaredNameIsAMistakeAndADeclaredTemplateWordAVariable() {
    assertEquals(
        List.of(new Placeholder("regsitry", 0, 12, false), new Placeholder("end", 13, 20, true)),
        Placeholders.in("{{regsitry}} {{end}}", DECLARED));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "docker inspect -f '{{.State.Status}}' web",
        "docker ps --format '{{range .Mounts}}{{.Source}}{{end}}'",
        "docker ps --format '{{range .Mounts}}{{.Source}}{{ end }}'",
        "docker ps --format '{{range .Mounts}}{{.Source}}{{- end}}'",
        "docker inspect -f '{{json .Config}}' web"
      })
  void validateAcceptsGoTemplatesInCommandsAndChecks(String command) {
    Messages.use(Locale.ENGLISH);
    LoadResult result = LessonLoader.load("t.yaml", lesson(command));
    assertEquals(List.of(), result.errors(), command);
  }

  @Test
  void validateNamesAnUnknownVariableWithSpacesAtItsColumn() {
    Messages.use(Locale.ENGLISH);
    LoadResult result = LessonLoader.load("t.yaml", lesson("docker push {{ regsitry }}/app"));
    assertEquals(2, result.errors().size(), result.errors().toString()); // The action, the check.
    String error = result.errors().get(0).toString();
    assertEquals(true, error.startsWith("t.yaml:14:26: "), error);
    assertEquals(true, error.contains("'regsitry'"), error);
  }

  private static String lesson(String command) {
    return """
        id: t
        title: T
        summary: S
        languages: [en]
        estimatedMinutes: 1
        variables:
          - {name: registry, default: "127.0.0.1:5000"}
        steps:
          - id: one
            title: One
            text: Text
            actions:
              - kind: command
                run: %1$s
            checks:
              - kind: command
                run: %1$s
        """
        .formatted(command.contains("'") ? "\"" + command + "\"" : command);
  }
}
