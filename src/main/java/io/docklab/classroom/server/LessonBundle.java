package io.docklab.classroom.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The class's lessons as one JSON bundle ({@code GET /api/v1/lessons}): the regular files under
 * each lesson directory, read afresh for each request, hidden files and links left out. Each
 * directory's files go under a folder named as the directory.
 */
final class LessonBundle {
  /** The most a bundle carries, all files together. */
  static final long MAX_BYTES = 32L * 1024 * 1024;

  private static final ObjectMapper JSON = new ObjectMapper();

  private LessonBundle() {}

  static ObjectNode of(List<Path> directories) {
    List<String[]> files = new ArrayList<>();
    Set<String> folders = new HashSet<>();
    long total = 0;
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (Path directory : directories) {
        String folder = folderName(directory, folders);
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(directory)) {
          paths =
              walk.filter(
                      path -> Files.isRegularFile(path, java.nio.file.LinkOption.NOFOLLOW_LINKS))
                  .filter(path -> !hidden(directory.relativize(path)))
                  .sorted()
                  .toList();
        }
        for (Path path : paths) {
          byte[] content = Files.readAllBytes(path);
          total += content.length;
          if (total > MAX_BYTES) {
            throw new IOException("the lessons are larger than " + MAX_BYTES + " bytes");
          }
          String relative = folder + "/" + directory.relativize(path).toString().replace('\\', '/');
          digest.update(relative.getBytes(StandardCharsets.UTF_8));
          digest.update((byte) 0);
          digest.update(content);
          files.add(new String[] {relative, Base64.getEncoder().encodeToString(content)});
        }
      }
      ObjectNode bundle = JSON.createObjectNode();
      bundle.put("digest", HexFormat.of().formatHex(digest.digest()));
      ArrayNode array = bundle.putArray("files");
      for (String[] file : files) {
        array.addObject().put("path", file[0]).put("base64", file[1]);
      }
      return bundle;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String folderName(Path directory, Set<String> taken) {
    Path fileName = directory.toAbsolutePath().normalize().getFileName();
    String base = fileName == null ? "lessons" : fileName.toString();
    String name = base;
    for (int n = 2; !taken.add(name); n++) {
      name = base + "-" + n;
    }
    return name;
  }

  private static boolean hidden(Path relative) {
    for (Path part : relative) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }
}
