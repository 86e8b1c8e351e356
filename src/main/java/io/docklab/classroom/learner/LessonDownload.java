package io.docklab.classroom.learner;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Writes a lessons bundle into the class's lesson directory, replacing what was there; refuses a
 * bundle with an absolute path or a {@code ..} part, whatever the server.
 */
public final class LessonDownload {
  private LessonDownload() {}

  /** Writes {@code bundle} to {@code target}; gives the number of files. */
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
      delete(target);
      Files.move(staging, target);
      return count;
    } finally {
      delete(staging);
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
