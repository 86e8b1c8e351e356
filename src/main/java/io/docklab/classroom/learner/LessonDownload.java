package io.docklab.classroom.learner;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Base64;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Writes a lessons bundle into a directory of the class, whole or not at all (written beside it,
 * then moved in place), with the bundle's digest in it ({@value #DIGEST}); refuses a bundle with an
 * absolute path or a {@code ..} part, whatever the server.
 */
public final class LessonDownload {
  /** The bundle's digest, kept in the directory it was written to. */
  static final String DIGEST = ".docklab-digest";

  private LessonDownload() {}

  /**
   * Writes {@code bundle} to {@code target}, replacing what was there; gives the number of files.
   */
  public static int write(JsonNode bundle, Path target) throws IOException {
    Path staging = Files.createTempDirectory(target.getParent(), ".lessons-");
    try {
      int count = 0;
      for (JsonNode file : bundle.path("files")) {
        String path = file.path("path").asText();
        Path relative = Path.of(path);
        if (path.isEmpty()
            || relative.isAbsolute()
            || path.startsWith("/")
            || path.contains("\\")
            || Stream.of(path.split("/")).anyMatch(part -> part.equals("..") || part.isEmpty())) {
          throw new IOException("the class server sent a lesson file outside its folder: " + path);
        }
        Path destination = staging.resolve(relative).normalize();
        if (!destination.startsWith(staging)) {
          throw new IOException("the class server sent a lesson file outside its folder: " + path);
        }
        Files.createDirectories(destination.getParent());
        Files.write(destination, Base64.getDecoder().decode(file.path("base64").asText()));
        count++;
      }
      Files.writeString(
          staging.resolve(DIGEST), bundle.path("digest").asText() + "\n", StandardCharsets.UTF_8);
      delete(target);
      Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
      return count;
    } finally {
      delete(staging);
    }
  }

  /**
   * Lessons fetched while the lab runs: kept in {@code lessons.next} when their digest is not the
   * one of the lessons the lab has (or has waiting), for the next start. Gives whether they were.
   */
  public static boolean keepForNextStart(JsonNode bundle, ClassroomFiles files) throws IOException {
    String digest = bundle.path("digest").asText();
    Path waiting = files.lessonsNext();
    Optional<String> have = Files.isDirectory(waiting) ? digest(waiting) : digest(files.lessons());
    if (digest.isEmpty() || have.isPresent() && have.get().equals(digest)) {
      return false;
    }
    write(bundle, waiting);
    return true;
  }

  /**
   * At a start of the lab, before the catalogue is read: lessons kept for it replace the old ones.
   * Two renames; a start cut between them finds {@code lessons.next} alone and finishes the swap.
   */
  static void installNext(ClassroomFiles files) {
    Path lessons = files.lessons();
    Path old = files.directory().resolve("lessons.old");
    try {
      delete(old);
      if (Files.exists(lessons)) {
        Files.move(lessons, old, StandardCopyOption.ATOMIC_MOVE);
      }
      Files.move(files.lessonsNext(), lessons, StandardCopyOption.ATOMIC_MOVE);
      delete(old);
    } catch (IOException | RuntimeException cannot) {
      // The lessons the lab has stay; the next start tries again.
    }
  }

  /** The digest of the bundle written to {@code directory}, if it says one. */
  static Optional<String> digest(Path directory) {
    try {
      String digest = Files.readString(directory.resolve(DIGEST), StandardCharsets.UTF_8).strip();
      return digest.isEmpty() ? Optional.empty() : Optional.of(digest);
    } catch (IOException | RuntimeException none) {
      return Optional.empty();
    }
  }

  /** Removes {@code directory} and everything in it, if it is there. */
  public static void delete(Path directory) throws IOException {
    if (!Files.exists(directory)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(directory)) {
      for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
