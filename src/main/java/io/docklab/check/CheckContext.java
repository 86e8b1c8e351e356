package io.docklab.check;

import io.docklab.docker.EngineAccess;
import io.docklab.exec.Variables;
import io.docklab.exec.Workspace;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * What a check may look at.
 *
 * @param engine the Docker engine, connected when first needed and again after a fault
 * @param workspace the lesson's workspace, where {@code file} and {@code command} checks look
 * @param variables values for the {@code {{variables}}} in check fields
 * @param lastOutput what the learner's (or the solution's) last command printed, for {@code output}
 *     checks
 * @param locale the language of lesson messages
 * @param images the images the lesson requires: a {@code volume} check reads files through a
 *     container of one of these when present
 */
public record CheckContext(
    EngineAccess engine,
    Workspace workspace,
    Variables variables,
    Supplier<String> lastOutput,
    Locale locale,
    List<String> images) {

  public CheckContext {
    images = List.copyOf(images);
  }

  /** A context for a lesson that requires no images. */
  public CheckContext(
      EngineAccess engine,
      Workspace workspace,
      Variables variables,
      Supplier<String> lastOutput,
      Locale locale) {
    this(engine, workspace, variables, lastOutput, locale, List.of());
  }
}
