package io.docklab.lesson;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One lesson, whatever file it came from (Markdown or YAML): what it is about, what it needs, the
 * variables a learner may set, its steps, and everything it creates so that reset and cleanup touch
 * nothing else.
 *
 * @param setup files and commands that prepare the stage, run quietly whenever the lesson opens, on
 *     a reset and before step 1 of {@code docklab test}; what they create is in {@code creates}
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
    List<Action> setup,
    List<String> hostPaths) {

  public Lesson {
    languages = List.copyOf(languages);
    variables = List.copyOf(variables);
    steps = List.copyOf(steps);
    setup = List.copyOf(setup);
    hostPaths = List.copyOf(hostPaths);
  }

  /** A lesson without a setup of its own, whose file checks read only its workspace. */
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
        List.of(),
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
