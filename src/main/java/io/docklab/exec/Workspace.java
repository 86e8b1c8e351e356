package io.docklab.exec;

import io.docklab.i18n.Messages;
import io.docklab.util.DataDirectory;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A lesson's working directory, {@code <data directory>/workspaces/<lesson id>}: its commands run
 * here and its files are written here, never outside.
 */
public final class Workspace {
  private static final Pattern LESSON_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

  private final Path root;

  private Workspace(Path root) {
    this.root = root.toAbsolutePath().normalize();
  }

  /** The workspace of lesson {@code lessonId} in docklab's data directory. */
  public static Workspace forLesson(String lessonId) {
    return forLesson(DataDirectory.resolve(), lessonId);
  }

  /** The workspace of lesson {@code lessonId} under {@code dataDirectory}. */
  public static Workspace forLesson(Path dataDirectory, String lessonId) {
    if (!LESSON_ID.matcher(lessonId).matches()) {
      throw new IllegalArgumentException(Messages.get("workspace.badLessonId", lessonId));
    }
    return new Workspace(dataDirectory.resolve("workspaces").resolve(lessonId));
  }

  /** A workspace rooted at {@code root} itself. */
  public static Workspace at(Path root) {
    return new Workspace(root);
  }

  /** The workspace directory, created if it does not exist yet. */
  public Path directory() throws IOException {
    Files.createDirectories(root);
    return root;
  }

  /**
   * The place of {@code relative} inside the workspace.
   *
   * @throws WorkspaceEscapeException when the path is absolute, climbs out with {@code ..}, or
   *     passes through a symbolic link that leads outside
   */
  public Path resolve(String relative) throws IOException {
    Path given;
    try {
      given = Path.of(relative);
    } catch (InvalidPathException invalid) {
      throw new IllegalArgumentException(
          Messages.get("workspace.invalidPath", relative, invalid.getReason()));
    }
    if (relative.isBlank() || given.isAbsolute()) {
      throw new WorkspaceEscapeException(relative, root);
    }
    Path target = root.resolve(given).normalize();
    if (!target.startsWith(root) || target.equals(root)) {
      throw new WorkspaceEscapeException(relative, root);
    }
    if (!insideAfterLinks(target)) {
      throw new WorkspaceEscapeException(relative, root);
    }
    return target;
  }

  /** True when the deepest existing part of {@code target}, links followed, is in the workspace. */
  private boolean insideAfterLinks(Path target) throws IOException {
    Path existing = target;
    while (existing != null && !Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
      existing = existing.getParent();
    }
    if (existing == null || !existing.startsWith(root)) {
      return true; // Nothing of the workspace exists yet: no link can lead anywhere.
    }
    if (!Files.exists(existing)) {
      return false; // A dangling link: writing through it would land wherever it points.
    }
    return existing.toRealPath().startsWith(root.toRealPath());
  }

  /**
   * Writes {@code content} to {@code relative}, creating its directories. The file appears whole or
   * not at all: it is written next to its place and then moved there.
   */
  public Path writeFile(String relative, String content) throws IOException {
    Path target = resolve(relative);
    Files.createDirectories(target.getParent());
    Path temporary = Files.createTempFile(target.getParent(), ".docklab-", ".tmp");
    try {
      Files.writeString(temporary, content);
      readableByAll(temporary, target);
      moveInto(temporary, target);
    } finally {
      Files.deleteIfExists(temporary);
    }
    return target;
  }

  /**
   * A new file as {@code cat > file} makes it under the usual umask, readable by all ({@code
   * rw-r--r--}), so that a server in a container (nginx's worker) can read it; a file replaced
   * keeps its own mode. (A temporary file alone would stay {@code rw-------}.)
   */
  private static void readableByAll(Path temporary, Path target) throws IOException {
    if (!Files.getFileStore(temporary).supportsFileAttributeView(PosixFileAttributeView.class)) {
      return;
    }
    Set<PosixFilePermission> mode =
        Files.exists(target)
            ? Files.getPosixFilePermissions(target)
            : PosixFilePermissions.fromString("rw-r--r--");
    Files.setPosixFilePermissions(temporary, mode);
  }

  private static void moveInto(Path temporary, Path target) throws IOException {
    try {
      Files.move(
          temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException notAtomic) {
      Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /**
   * Removes exactly the files named by {@code relatives} (a link is removed, not what it points
   * to). Files already gone are skipped.
   *
   * @return the files that were removed
   */
  public List<Path> deleteFiles(List<String> relatives) throws IOException {
    List<Path> targets = new ArrayList<>();
    for (String relative : relatives) {
      targets.add(resolve(relative)); // Refuse them all before removing any.
    }
    List<Path> removed = new ArrayList<>();
    for (Path target : targets) {
      if (Files.deleteIfExists(target)) {
        removed.add(target);
      }
    }
    return removed;
  }

  @Override
  public String toString() {
    return root.toString();
  }
}
