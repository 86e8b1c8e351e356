package io.docklab.prepare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.docklab.docker.DockerEngine;
import io.docklab.docker.ImageReference;
import io.docklab.i18n.Messages;
import io.docklab.lesson.ImageRecipe;
import io.docklab.lesson.load.LessonLoader;
import io.docklab.lesson.load.LoadResult;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The stand-ins of docs/lesson-format.md, each built from scratch (its own debootstrapped base
 * under a tag of this run, no cache) on the real engine, then run: nginx answers with its welcome
 * page, redis answers redis-cli, busybox and alpine have the applets. Everything made is removed.
 */
@Timeout(value = 20, unit = TimeUnit.MINUTES)
class LessonRecipeIT {
  /** A host port of the suite's range that no other test uses. */
  private static final int NGINX_PORT = 22871;

  private static final Pattern BUILT =
      Pattern.compile(
          "  image (\\S+): built offline \\(from the lesson's recipe: debootstrap bookworm and"
              + " docker import, (\\d+) s; docker build, (\\d+) s\\)");

  private final String run = UUID.randomUUID().toString().substring(0, 8);
  private final List<String> containers = new ArrayList<>();
  private final List<String> images = new ArrayList<>();
  private DockerEngine engine;
  private RecipePlan plan;

  @BeforeEach
  void connect() {
    Messages.use(Locale.ENGLISH);
    engine = DockerEngine.connect();
    plan =
        new RecipePlan(
            engine, "docklab-test/recipe-base-" + run, Debootstrap.mirrorFromEnvironment());
  }

  @AfterEach
  void removeWhatThisRunMade() throws Exception {
    for (String container : containers) {
      docker("rm", "-f", container);
    }
    for (int i = images.size() - 1; i >= 0; i--) { // an image before its base
      docker("image", "rm", images.get(i));
    }
    engine.close();
  }

  @Test
  void nginxServesItsWelcomePageAndLogsToStdout() throws Exception {
    String image = prepare(recipe("nginx:alpine", "nginx"));
    String name = container("nginx");
    assertEquals(
        0,
        docker("run", "-d", "--name", name, "-p", "127.0.0.1:" + NGINX_PORT + ":80", image)
            .exitCode);
    String page = httpBody("http://127.0.0.1:" + NGINX_PORT + "/", Duration.ofSeconds(30));
    assertTrue(page.contains("Welcome to nginx!"), page);
    Docker logs = awaitOutput(Duration.ofSeconds(10), "GET / HTTP/1.1", "logs", name);
    assertTrue(logs.output.contains("GET / HTTP/1.1"), logs.output);
    Docker stopSignal =
        docker(
            "image",
            "inspect",
            "-f",
            "{{.Config.StopSignal}} {{json .Config.ExposedPorts}}",
            image);
    assertEquals("SIGQUIT {\"80/tcp\":{}}", stopSignal.output.strip());
  }

  @Test
  void redisAnswersRedisCliInData() throws Exception {
    String image = prepare(recipe("redis:7", "redis"));
    String name = container("redis");
    assertEquals(0, docker("run", "-d", "--name", name, image).exitCode);
    Docker ping = awaitOutput(Duration.ofSeconds(30), "PONG", "exec", name, "redis-cli", "ping");
    assertEquals("PONG", ping.output.strip());
    assertEquals("OK", docker("exec", name, "redis-cli", "set", "visits", "1").output.strip());
    assertEquals("2", docker("exec", name, "redis-cli", "incr", "visits").output.strip());
    assertEquals("/data", docker("exec", name, "pwd").output.strip());
    Docker config =
        docker(
            "image", "inspect", "-f", "{{json .Config.Cmd}} {{json .Config.ExposedPorts}}", image);
    assertEquals(
        "[\"redis-server\",\"--protected-mode\",\"no\",\"--bind\",\"0.0.0.0\"] {\"6379/tcp\":{}}",
        config.output.strip());
  }

  @Test
  void busyboxAndAlpineShareOneBaseAndHaveTheApplets() throws Exception {
    ImageRecipe busybox = recipe("busybox:latest", "busybox");
    ImageRecipe alpine = recipe("alpine:3.20", "alpine");
    List<LessonRecipe> planned = plan.recipes(List.of(busybox, alpine));
    assertTrue(planned.get(0).base() == planned.get(1).base(), "one base for one package set");
    String first = prepare(busybox);
    RecordedProgress progress = new RecordedProgress();
    String line =
        new ImagePreparer(engine, List.copyOf(plan.recipes(List.of(alpine))), progress, false)
            .prepare(alpine.ref());
    images.add(alpine.ref());
    assertTrue(
        line.startsWith(
            "  image "
                + alpine.ref()
                + ": built offline (from the lesson's recipe: from docklab-test/recipe-base-"
                + run
                + ":bookworm-"),
        line);
    for (String image : List.of(first, alpine.ref())) {
      Docker applets =
          docker(
              "run",
              "--rm",
              image,
              "sh",
              "-c",
              "for a in sh wget ping tar cat echo ls; do test -x /usr/local/bin/$a && echo $a; done;"
                  + " echo hi | tar -cf /tmp/t.tar /etc/hostname && tar -tf /tmp/t.tar;"
                  + " ping -c 1 127.0.0.1 >/dev/null && echo pinged");
      assertEquals(0, applets.exitCode, applets.output);
      assertTrue(applets.output.startsWith("sh\nwget\nping\ntar\ncat\necho\nls\n"), applets.output);
      assertTrue(applets.output.contains("etc/hostname"), applets.output);
      assertTrue(applets.output.contains("pinged"), applets.output);
      Docker shell = docker("image", "inspect", "-f", "{{json .Config.Cmd}}", image);
      assertEquals("[\"sh\"]", shell.output.strip());
    }
  }

  /** The docs' recipe for {@code ref}, for an image named for this run. */
  private ImageRecipe recipe(String ref, String name) throws IOException {
    ImageRecipe documented =
        DocumentedRecipes.read().stream()
            .filter(recipe -> recipe.ref().equals(ref))
            .findFirst()
            .orElseThrow(
                () -> new AssertionError("no recipe for " + ref + " in docs/lesson-format.md"));
    String tag = ImageReference.parse(ref).tag();
    return new ImageRecipe(
        "docklab-test/" + name + "-" + run + ":" + tag,
        documented.packages(),
        documented.dockerfile());
  }

  /** Makes the image offline with the run's plan, as docklab prepare would; returns its ref. */
  private String prepare(ImageRecipe recipe) {
    RecordedProgress progress = new RecordedProgress();
    List<LessonRecipe> recipes = plan.recipes(List.of(recipe));
    images.add(recipe.ref());
    images.add(recipes.get(0).base().tag().toString());
    Instant start = Instant.now();
    String line =
        new ImagePreparer(engine, List.copyOf(recipes), progress, false).prepare(recipe.ref());
    long seconds = Duration.between(start, Instant.now()).toSeconds();
    System.out.println("[recipe " + recipe.ref() + "] " + seconds + " s from scratch: " + line);
    Matcher built = BUILT.matcher(line);
    assertTrue(built.matches(), line);
    assertTrue(
        progress.lines.stream()
            .anyMatch(
                l ->
                    l.contains(
                        "debootstrap bookworm (minbase with "
                            + String.join(", ", recipe.packageSet()))),
        progress.lines.toString());
    assertTrue(
        progress.statuses.stream().anyMatch(s -> s.startsWith("    debootstrap bookworm [")),
        "debootstrap progress shown");
    assertTrue(
        progress.statuses.stream()
            .anyMatch(s -> s.startsWith("    docker build " + recipe.ref() + ": Step ")),
        progress.statuses.toString());
    return recipe.ref();
  }

  private String container(String name) {
    String container = "docklab-test-" + name + "-" + run;
    containers.add(container);
    return container;
  }

  /** Progress as the console would show it, kept. */
  static final class RecordedProgress implements Progress {
    final List<String> lines = new ArrayList<>();
    final List<String> statuses = new ArrayList<>();

    @Override
    public synchronized void line(String text) {
      lines.add(text);
    }

    @Override
    public synchronized void status(String text) {
      statuses.add(text);
    }
  }

  /** The recipes of the docs' offline example, loaded as a lesson would load them. */
  static final class DocumentedRecipes {
    static List<ImageRecipe> read() throws IOException {
      String doc = Files.readString(Path.of("docs/lesson-format.md"));
      Matcher block =
          Pattern.compile("```yaml\n(requires:\n  images:\n(?:.*\n)*?)```").matcher(doc);
      while (block.find()) {
        if (block.group(1).contains("offline:")) {
          LoadResult loaded =
              LessonLoader.load(
                  "docs.yaml",
                  "id: docs\nlanguages: [en]\ntitle: T\nsummary: S\nestimatedMinutes: 1\n"
                      + block.group(1)
                      + "steps: [{id: s, title: S, checks: [{kind: output, shows: x}]}]\n");
          assertEquals(List.of(), loaded.errors());
          return loaded.lesson().orElseThrow().requires().recipes();
        }
      }
      throw new AssertionError("no offline example in docs/lesson-format.md");
    }
  }

  private record Docker(int exitCode, String output) {}

  private static Docker awaitOutput(Duration within, String expected, String... arguments)
      throws Exception {
    Instant deadline = Instant.now().plus(within);
    Docker last = docker(arguments);
    while (!last.output.contains(expected) && Instant.now().isBefore(deadline)) {
      TimeUnit.MILLISECONDS.sleep(250); // polling with a deadline, not synchronisation
      last = docker(arguments);
    }
    return last;
  }

  private static String httpBody(String url, Duration within) throws Exception {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    Instant deadline = Instant.now().plus(within);
    while (true) {
      try {
        HttpResponse<String> response =
            client.send(
                HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 200) {
          return response.body();
        }
      } catch (IOException notYet) {
        // the server is starting
      }
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError("no answer from " + url + " within " + within);
      }
      TimeUnit.MILLISECONDS.sleep(250);
    }
  }

  private static Docker docker(String... arguments) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("docker"));
    command.addAll(List.of(arguments));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    process.getOutputStream().close();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(120, TimeUnit.SECONDS)) {
      process.destroyForcibly();
    }
    return new Docker(process.exitValue(), output);
  }
}
