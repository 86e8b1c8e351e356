package io.docklab.check;

import io.docklab.docker.DockerEngine;
import io.docklab.lesson.check.Matcher;

/** What is at a path in a container (running, stopped or never started). */
final class ContainerFiles {
  private ContainerFiles() {}

  /**
   * What is at {@code path}, from the file's metadata (links followed); the file is copied out only
   * when its content is compared.
   */
  static FileFindings.Found look(
      DockerEngine engine, String container, String path, Matcher content) {
    PathStat.Stat stat = PathStat.of(engine, container, path);
    if (stat == null) {
      return ArchivedFile.read(engine.client(), container, path);
    }
    if (content == null || stat.found().kind() != FileFindings.Found.Kind.FILE) {
      return stat.found();
    }
    return ArchivedFile.read(engine.client(), container, stat.resolved());
  }
}
