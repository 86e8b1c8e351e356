package io.docklab.exec;

import io.docklab.i18n.Messages;
import java.nio.file.Path;

/** A lesson named a file outside its workspace: an absolute path, {@code ..}, or a link out. */
public final class WorkspaceEscapeException extends IllegalArgumentException {
  private final String path;

  public WorkspaceEscapeException(String path, Path workspace) {
    super(Messages.get("workspace.escape", path, workspace));
    this.path = path;
  }

  /** The path as the lesson wrote it. */
  public String path() {
    return path;
  }
}
