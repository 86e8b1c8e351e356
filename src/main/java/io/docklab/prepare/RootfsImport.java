package io.docklab.prepare;

import com.github.dockerjava.transport.DockerHttpClient;
import io.docklab.docker.DockerEngine;
import io.docklab.docker.ImageReference;
import io.docklab.i18n.Messages;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code tar -C rootfs -c . | docker import --change … - repository:tag}, through the engine's API
 * ({@code POST /images/create?fromSrc=-}), which docker-java does not model.
 */
final class RootfsImport {
  private final DockerEngine engine;

  RootfsImport(DockerEngine engine) {
    this.engine = engine;
  }

  /** Imports the directory as one image layer, applying Dockerfile-style {@code changes}. */
  void importDirectory(Path rootfs, ImageReference target, List<String> changes) {
    Process tar = startTar(rootfs);
    DockerHttpClient.Request request =
        DockerHttpClient.Request.builder()
            .method(DockerHttpClient.Request.Method.POST)
            .path(path(target, changes))
            .putHeader("Content-Type", "application/x-tar")
            .body(tar.getInputStream())
            .build();
    String answer;
    try (DockerHttpClient.Response response = engine.http().execute(request)) {
      answer = readAll(response.getBody());
      if (response.getStatusCode() != 200 || answer.contains("\"error\"")) {
        throw new PrepareException(
            Messages.get("prepare.import.failed", target, response.getStatusCode() + " " + answer));
      }
    } catch (IOException failed) {
      throw new PrepareException(
          Messages.get("prepare.import.failed", target, failed.getMessage()));
    } finally {
      tar.destroy();
    }
  }

  private String path(ImageReference target, List<String> changes) {
    StringBuilder path =
        new StringBuilder("/v")
            .append(engine.apiVersion().getVersion())
            .append("/images/create?fromSrc=-&repo=")
            .append(encode(target.repository()))
            .append("&tag=")
            .append(encode(target.tag()));
    for (String change : changes) {
      path.append("&changes=").append(encode(change));
    }
    return path.toString();
  }

  private static Process startTar(Path rootfs) {
    try {
      return new ProcessBuilder("tar", "-C", rootfs.toString(), "--numeric-owner", "-c", ".")
          .redirectError(ProcessBuilder.Redirect.DISCARD)
          .start();
    } catch (IOException failed) {
      throw new PrepareException(
          Messages.get("prepare.import.failed", rootfs, failed.getMessage()));
    }
  }

  private static String readAll(InputStream body) throws IOException {
    return body == null ? "" : new String(body.readAllBytes(), StandardCharsets.UTF_8);
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
