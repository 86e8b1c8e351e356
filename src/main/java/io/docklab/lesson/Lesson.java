package io.docklab.lesson;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One lesson, whatever file it came from (Markdown or YAML): what it is about, what it needs, the
 * variables a learner may set, its steps, and everything it creates so that reset and cleanup touch
 * nothing else.
 *
 * @param hostPaths absolute paths (files or directories) outside the workspace that {@code file}
 *     checks may read
 */
public record Lesson(
    String id,
    Text title,
    Text summary,
    Text intro,
    List<String> languages,
    int estimatedMinutes,
    Requirements requires,
    List<Variable> variables,
    List<Step> steps,
    Creates creates,
    List<String> hostPaths) {

  public Lesson {
    languages = List.copyOf(languages);
    variables = List.copyOf(variables);
    steps = List.copyOf(steps);
    hostPaths = List.copyOf(hostPaths);
  }

  /** A lesson whose file checks read nothing outside its workspace. */
  public Lesson(
      String id,
      Text title,
      Text summary,
      Text intro,
      List<String> languages,
      int estimatedMinutes,
      Requirements requires,
      List<Variable> variables,
      List<Step> steps,
      Creates creates) {
    this(
        id,
        title,
        summary,
        intro,
        languages,
        estimatedMinutes,
        requires,
        variables,
        steps,
        creates,
        List.of());
  }

  /** The lesson's first language: the one {@code docklab test} writes files in. */
  public Locale firstLanguage() {
    return Locale.forLanguageTag(languages.get(0));
  }

  public Optional<Step> step(String stepId) {
    return steps.stream().filter(step -> step.id().equals(stepId)).findFirst();
  }
}
