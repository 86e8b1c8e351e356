package io.docklab.classroom.learner;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.docklab.classroom.server.TeacherKey;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Optional;

/** A learner's class, as {@code docklab class join} keeps it: where, who, and the token. */
public record Membership(URI url, String className, String learner, String code, String token) {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Writes the class to {@code files}; the token in a file of its own, mode 0600. */
  public void save(ClassroomFiles files) throws IOException {
    Files.createDirectories(files.directory());
    TeacherKey.write(files.token(), token);
    ObjectNode joined = JSON.createObjectNode();
    joined.put("url", url.toString());
    joined.put("class", className);
    joined.put("learner", learner);
    joined.put("code", code);
    Files.writeString(
        files.joined(),
        JSON.writerWithDefaultPrettyPrinter().writeValueAsString(joined) + "\n",
        StandardCharsets.UTF_8);
  }

  /** The class joined, if any. */
  public static Optional<Membership> load(ClassroomFiles files) throws IOException {
    if (!Files.isRegularFile(files.joined()) || !Files.isRegularFile(files.token())) {
      return Optional.empty();
    }
    JsonNode joined = JSON.readTree(files.joined().toFile());
    return Optional.of(
        new Membership(
            URI.create(joined.path("url").asText()),
            joined.path("class").asText(),
            joined.path("learner").asText(),
            joined.path("code").asText(),
            Files.readString(files.token(), StandardCharsets.UTF_8).strip()));
  }
}
