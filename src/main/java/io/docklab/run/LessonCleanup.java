package io.docklab.run;

import io.docklab.docker.EngineAccess;
import io.docklab.exec.Variables;
import io.docklab.exec.Workspace;
import io.docklab.i18n.Messages;
import io.docklab.lesson.Creates;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Removes exactly what a lesson declares it creates: its containers (by exact name, and those
 * started from its images), its images (by exact reference), its registry repositories and its
 * workspace files, and its networks and volumes (by exact name, after its containers); and what
 * Docker Compose made from a directory in the lesson's workspace (its containers, by the labels
 * Compose puts on them, and then their project's networks that nothing uses). Nothing else on the
 * engine is touched, even with a similar name: a network or volume that a container outside the
 * lesson still uses is left, and said so, never forced.
 *
 * <p>An image reference without a tag means its {@code latest} tag, as for the docker CLI: {@code
 * python-custom} is {@code python-custom:latest}, and neither {@code python-custom:other} nor
 * {@code python-custom2} is touched. A container belongs to the lesson when its name is one of the
 * lesson's, or when the image given to {@code docker run} (Config.Image) is one of the lesson's
 * images. Images are untagged without force: an image that other tags still hold stays, and one
 * that a container outside the lesson uses is a problem, not removed. Registry repositories lose
 * every tag (the manifests are deleted by digest). {@code {{variables}}} in these names take their
 * values as text.
 *
 * <p>Trouble is reported, never thrown: an engine that does not answer is one problem line ("Docker
 * engine not reachable at …"), and the registry and files are still cleaned.
 */
public final class LessonCleanup {
  private final EngineAccess engine;
  private final Workspace workspace;
  private final Variables variables;
  private final RegistryCredentials credentials;

  public LessonCleanup(EngineAccess engine, Workspace workspace, Variables variables) {
    this(engine, workspace, variables, RegistryCredentials.fromEnvironment());
  }

  LessonCleanup(
      EngineAccess engine,
      Workspace workspace,
      Variables variables,
      RegistryCredentials credentials) {
    this.engine = engine;
    this.workspace = workspace;
    this.variables = variables;
    this.credentials = credentials;
  }

  /** Removes what {@code creates} names; what was already gone is not an error. */
  public CleanupReport clean(Creates creates) {
    List<String> removed = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    List<String> left = new ArrayList<>();
    List<String> networks = texts(creates.networks(), problems);
    List<String> volumes = texts(creates.volumes(), problems);
    NetworkVolumeCleanup stage = new NetworkVolumeCleanup(removed, problems, left);
    boolean reached =
        new EngineCleanup(engine, Path.of(workspace.toString()), removed, problems)
            .clean(
                texts(creates.containers(), problems),
                texts(creates.images(), problems),
                client -> stage.clean(client, networks, volumes));
    RegistryCleanup registry = new RegistryCleanup(credentials, removed, problems);
    texts(creates.repositories(), problems).forEach(registry::clean);
    removeFiles(texts(creates.files(), problems), removed, problems);
    return new CleanupReport(removed, problems, !reached, left);
  }

  private List<String> texts(List<String> templates, List<String> problems) {
    List<String> values = new ArrayList<>();
    for (String template : templates) {
      try {
        values.add(variables.text(template));
      } catch (IllegalArgumentException unknownVariable) {
        problems.add(unknownVariable.getMessage());
      }
    }
    return values;
  }

  private void removeFiles(List<String> files, List<String> removed, List<String> problems) {
    try {
      Path root = Path.of(workspace.toString());
      for (Path file : workspace.deleteFiles(files)) {
        removed.add(Messages.get("cleanup.removed.file", root.relativize(file)));
      }
    } catch (IllegalArgumentException | IOException failed) {
      problems.add(Messages.get("cleanup.problem.files", workspace, failed.getMessage()));
    }
  }
}
