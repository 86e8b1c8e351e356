package io.docklab.classroom.learner;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Where the class keeps its files in docklab's data directory (docs/classroom-api.md). */
public record ClassroomFiles(Path directory) {

  /** The class files under {@code data}, docklab's data directory. */
  public static ClassroomFiles in(Path data) {
    return new ClassroomFiles(data.resolve("classroom"));
  }

  /** The learner's class: URL, class name, learner id and code. */
  public Path joined() {
    return directory.resolve("joined.json");
  }

  /** The learner's token, mode 0600. */
  public Path token() {
    return directory.resolve("token");
  }

  /** The class's lessons, added to the catalogue while a class is joined. */
  public Path lessons() {
    return directory.resolve("lessons");
  }

  /**
   * The class's lessons fetched at a start of the lab when they changed on the teacher's side; they
   * become {@link #lessons()} at the next start, before the catalogue is read.
   */
  public Path lessonsNext() {
    return directory.resolve("lessons.next");
  }

  /** The server's certificate the learner trusts ({@code class join --ca}), PEM. */
  public Path ca() {
    return directory.resolve("ca.pem");
  }

  public Path outbox() {
    return directory.resolve("outbox.jsonl");
  }

  public Path outboxSent() {
    return directory.resolve("outbox.sent");
  }

  /** The teacher's side: the running server's address and class code. */
  public Path serving() {
    return directory.resolve("serving.json");
  }

  /** The teacher's side: the default database. */
  public Path database() {
    return directory.resolve("classroom.db");
  }

  /**
   * The class's lesson directory when a class is joined: one look at the disk, nothing loaded, so
   * that the lab starts as fast without a class. Lessons fetched at an earlier start ({@link
   * #lessonsNext()}) take the place of the old ones first, before anything reads them.
   */
  public Optional<Path> joinedLessons() {
    Path lessons = lessons();
    if (Files.isDirectory(lessonsNext())) {
      LessonDownload.installNext(this);
    }
    return Files.isDirectory(lessons) ? Optional.of(lessons) : Optional.empty();
  }
}
