package io.docklab.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.exception.NotFoundException;
import io.docklab.docker.DockerEngine;
import io.docklab.docker.EngineAccess;
import io.docklab.docker.Leftovers;
import io.docklab.exec.Variables;
import io.docklab.exec.Workspace;
import io.docklab.i18n.Messages;
import io.docklab.lesson.Creates;
import io.docklab.service.LocalRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A lesson's containers, images, registry repository and files removed for real, next to objects
 * with similar names that must stay.
 */
class LessonCleanupIT {
  private static final String P = "docklab-it-steps-";
  private static final String BASE = "python:3.11-slim";
  private static final String REGISTRY = LocalRegistry.ADDRESS;
  // Repositories of this run only: the registry is shared with other tests and the learner.
  private static final String NAMESPACE =
      "docklab-it-steps-" + Long.toHexString(System.nanoTime() & 0xffffffL);
  private static final String REPOSITORY = REGISTRY + "/" + NAMESPACE + "/app";
  private static final String OTHER_REPOSITORY = REGISTRY + "/" + NAMESPACE + "/keep";
  private static final List<String> NAMED =
      List.of(P + "demo", P + "demo-2", P + "other", P + "from-other-tag");
  private static final List<String> TAGS =
      List.of(
          P + "img:latest",
          P + "img:other",
          P + "img2:latest",
          REPOSITORY + ":latest",
          REPOSITORY + ":v2",
          OTHER_REPOSITORY + ":latest",
          P + "committed:latest");

  @TempDir Path data;
  private DockerEngine engine;
  private DockerClient client;
  private String unnamedFromImage;

  @BeforeEach
  void connect() {
    Messages.use(Locale.ENGLISH);
    engine = DockerEngine.connect();
    client = engine.client();
    removeOurs();
  }

  @AfterEach
  void cleanUp() {
    removeOurs();
    new LessonCleanup(EngineAccess.of(engine), Workspace.at(data), Variables.NONE)
        .clean(new Creates(List.of(), List.of(), List.of(REPOSITORY, OTHER_REPOSITORY), List.of()));
    engine.close();
  }

  private void removeOurs() {
    NAMED.forEach(name -> Leftovers.removeContainer(engine, name));
    if (unnamedFromImage != null) {
      Leftovers.removeContainer(engine, unnamedFromImage);
    }
    for (String tag : TAGS) {
      try {
        client.removeImageCmd(tag).exec();
      } catch (NotFoundException absent) {
        // Not there.
      }
    }
  }

  @Test
  void removesTheLessonsObjectsAndNothingWithASimilarName() throws Exception {
    for (String tag : TAGS) {
      int colon = tag.lastIndexOf(':');
      client.tagImageCmd(BASE, tag.substring(0, colon), tag.substring(colon + 1)).exec();
    }
    running(P + "demo", BASE); // Running: removal must force it.
    created(P + "demo-2", BASE);
    created(P + "other", BASE);
    created(P + "from-other-tag", P + "img:other");
    unnamedFromImage = client.createContainerCmd(P + "img").exec().getId();
    push(REPOSITORY + ":latest", REPOSITORY + ":v2", OTHER_REPOSITORY + ":latest");
    assertEquals(List.of("latest", "v2"), tags(REPOSITORY));
    Workspace workspace = Workspace.at(data.resolve("workspace"));
    workspace.writeFile("Dockerfile", "FROM python\n");
    workspace.writeFile("notes.txt", "the learner's own\n");

    Creates creates =
        new Creates(
            List.of(P + "demo"),
            List.of(P + "img", "{{registry}}/" + NAMESPACE + "/app:v2"),
            List.of("{{registry}}/" + NAMESPACE + "/app"),
            List.of("Dockerfile"));
    long began = System.nanoTime();
    CleanupReport report =
        new LessonCleanup(
                EngineAccess.of(engine), workspace, new Variables(Map.of("registry", REGISTRY)))
            .clean(creates);
    System.out.println(
        "LessonCleanupIT: clean took " + (System.nanoTime() - began) / 1_000_000 + " ms");

    assertTrue(report.clean(), String.join("\n", report.problems()));
    assertFalse(report.engineUnreachable());
    assertTrue(report.removed().contains("container " + P + "demo"), report.toString());
    assertTrue(
        report.removed().stream()
            .anyMatch(line -> line.matches("container \\S+ \\(from image " + P + "img:latest\\)")),
        report.toString());
    assertTrue(report.removed().contains("image " + P + "img:latest"), report.toString());
    assertTrue(report.removed().contains("image " + REPOSITORY + ":v2"), report.toString());
    assertTrue(
        report.removed().contains(REPOSITORY + ":latest in the registry"), report.toString());
    assertTrue(report.removed().contains(REPOSITORY + ":v2 in the registry"), report.toString());
    assertTrue(report.removed().contains("file Dockerfile"), report.toString());
    assertEquals(7, report.removed().size(), report.toString());

    assertFalse(containerExists(P + "demo"));
    assertFalse(containerExists(unnamedFromImage), "the container started from the image stays");
    for (String name : List.of(P + "demo-2", P + "other", P + "from-other-tag")) {
      assertTrue(containerExists(name), name + " was removed");
    }
    assertFalse(engine.hasImage(P + "img:latest"));
    assertFalse(engine.hasImage(REPOSITORY + ":v2"));
    for (String kept :
        List.of(
            P + "img:other", P + "img2:latest", REPOSITORY + ":latest", BASE, "python:latest")) {
      assertTrue(engine.hasImage(kept), kept + " was removed");
    }
    assertEquals(List.of(), tags(REPOSITORY));
    assertEquals(List.of("latest"), tags(OTHER_REPOSITORY));
    assertFalse(Files.exists(data.resolve("workspace/Dockerfile")));
    assertTrue(Files.exists(data.resolve("workspace/notes.txt")));

    CleanupReport again =
        new LessonCleanup(
                EngineAccess.of(engine), workspace, new Variables(Map.of("registry", REGISTRY)))
            .clean(creates);
    assertTrue(again.clean(), again.toString());
    assertEquals(List.of(), again.removed(), "what is already gone is not removed twice");
  }

  @Test
  void anImageThatAContainerOutsideTheLessonUsesStaysWithAReason() {
    String source = created(P + "other", BASE);
    String image =
        client.commitCmd(source).withRepository(P + "committed").withTag("latest").exec();
    created(P + "demo-2", image); // By ID: not started from the lesson's image reference.
    CleanupReport report =
        new LessonCleanup(EngineAccess.of(engine), Workspace.at(data), Variables.NONE)
            .clean(new Creates(List.of(), List.of(P + "committed"), List.of(), List.of()));
    assertEquals(List.of(), report.removed());
    assertEquals(1, report.problems().size(), report.toString());
    assertTrue(
        report.problems().get(0).startsWith("image " + P + "committed:latest was not removed: "),
        report.problems().get(0));
    assertTrue(engine.hasImage(P + "committed:latest"));
    assertTrue(containerExists(P + "demo-2"));
  }

  private boolean containerExists(String nameOrId) {
    try {
      client.inspectContainerCmd(nameOrId).exec();
      return true;
    } catch (NotFoundException absent) {
      return false;
    }
  }

  private String running(String name, String image) {
    String id = created(name, image);
    client.startContainerCmd(id).exec();
    return id;
  }

  private String created(String name, String image) {
    return client.createContainerCmd(image).withName(name).withCmd("sleep", "600").exec().getId();
  }

  private void push(String... references) throws Exception {
    Path config = Files.createTempDirectory(data, "docker-config");
    Map<String, String> environment = Map.of("DOCKER_CONFIG", config.toString());
    run(
        environment,
        "sh",
        "-c",
        "printf '%s\\n' docklab | docker login --username learner --password-stdin " + REGISTRY);
    for (String reference : references) {
      run(environment, "docker", "push", reference);
    }
  }

  private static void run(Map<String, String> environment, String... command) throws Exception {
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().putAll(environment);
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, process.waitFor(), String.join(" ", command) + ":\n" + output);
  }

  /** The tags of a repository on the lab's registry; empty when the repository has none. */
  static List<String> tags(String repository) throws Exception {
    String name = repository.substring(REGISTRY.length() + 1);
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://" + REGISTRY + "/v2/" + name + "/tags/list"))
            .header(
                "Authorization",
                "Basic "
                    + Base64.getEncoder()
                        .encodeToString(
                            (LocalRegistry.ACCOUNT + ":" + LocalRegistry.PASSWORD)
                                .getBytes(StandardCharsets.UTF_8)))
            .build();
    HttpResponse<String> response =
        HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() == 404) {
      return List.of();
    }
    assertEquals(200, response.statusCode(), response.body());
    List<String> tags = new ArrayList<>();
    new com.fasterxml.jackson.databind.ObjectMapper()
        .readTree(response.body())
        .path("tags")
        .forEach(tag -> tags.add(tag.asText()));
    tags.sort(null);
    return tags;
  }
}
