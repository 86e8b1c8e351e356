package io.docklab.check;

import com.github.dockerjava.transport.DockerHttpClient;
import io.docklab.docker.DockerEngine;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a path exists in a container, asked with {@code HEAD /containers/ID/archive}: the engine
 * answers from the file's metadata, an order of magnitude faster than copying it out (which starts
 * a helper process in the engine). Used when a check asks for existence only.
 */
final class PathStat {
  private static final long DIRECTORY = 1L << 31;
  private static final long SYMLINK = 1L << 27;
  private static final Pattern MODE = Pattern.compile("\"mode\"\\s*:\\s*(\\d+)");
  private static final Pattern LINK_TARGET =
      Pattern.compile("\"linkTarget\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");
  private static final int MAX_LINKS = 8;

  private PathStat() {}

  /** What is at a path, and the path it resolved to through symbolic links. */
  record Stat(FileFindings.Found found, String resolved) {}

  /**
   * What is at {@code path} in {@code container}, symbolic links followed: absent, a directory or a
   * file (its content not read); null when the engine's answer is not understood.
   */
  static Stat of(DockerEngine engine, String container, String path) {
    String current = path;
    for (int links = 0; links <= MAX_LINKS; links++) {
      String answer = head(engine, container, current);
      if (answer == null) {
        return null;
      }
      if (answer.isEmpty()) {
        return new Stat(FileFindings.Found.ABSENT, current);
      }
      Matcher mode = MODE.matcher(answer);
      if (!mode.find()) {
        return null;
      }
      long bits = Long.parseLong(mode.group(1));
      if ((bits & SYMLINK) == 0) {
        FileFindings.Found found =
            (bits & DIRECTORY) != 0 ? FileFindings.Found.DIRECTORY : FileFindings.Found.EXISTS;
        return new Stat(found, current);
      }
      Matcher target = LINK_TARGET.matcher(answer);
      if (!target.find() || target.group(1).isEmpty()) {
        return null;
      }
      String link = target.group(1).replace("\\\"", "\"");
      current = link.startsWith("/") ? link : ArchivedFile.target(current, link);
    }
    return null;
  }

  /** The decoded stat of {@code path}, empty when nothing is there, null when not understood. */
  private static String head(DockerEngine engine, String container, String path) {
    DockerHttpClient.Request request =
        DockerHttpClient.Request.builder()
            .method("HEAD")
            .path(
                "/v"
                    + engine.apiVersion().getVersion()
                    + "/containers/"
                    + URLEncoder.encode(container, StandardCharsets.UTF_8)
                    + "/archive?path="
                    + URLEncoder.encode(path, StandardCharsets.UTF_8))
            .build();
    try (DockerHttpClient.Response response = engine.http().execute(request)) {
      if (response.getStatusCode() == 404) {
        return "";
      }
      String stat = response.getHeader("X-Docker-Container-Path-Stat");
      if (response.getStatusCode() != 200 || stat == null) {
        return null;
      }
      return new String(Base64.getDecoder().decode(stat), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException unknownAnswer) {
      return null;
    }
  }
}
