package io.docklab.bench;

import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.ExposedPort;
import com.github.dockerjava.api.model.HostConfig;
import com.github.dockerjava.api.model.PortBinding;
import io.docklab.check.CheckContext;
import io.docklab.check.CheckResult;
import io.docklab.check.Checks;
import io.docklab.docker.DockerEngine;
import io.docklab.docker.EngineAccess;
import io.docklab.exec.UserShell;
import io.docklab.exec.Variables;
import io.docklab.exec.Workspace;
import io.docklab.lesson.Text;
import io.docklab.lesson.check.CheckSpec;
import io.docklab.lesson.check.CommandCheck;
import io.docklab.lesson.check.ContainerCheck;
import io.docklab.lesson.check.ContainerFileCheck;
import io.docklab.lesson.check.ContainerState;
import io.docklab.lesson.check.FileCheck;
import io.docklab.lesson.check.HttpCheck;
import io.docklab.lesson.check.ImageCheck;
import io.docklab.lesson.check.Matcher;
import io.docklab.lesson.check.OutputCheck;
import io.docklab.lesson.check.RegistryCheck;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The latency of each kind of check evaluated in a warm JVM, as in the REPL, against the shell
 * one-liner a Killercoda author would write for the same question, in the same run. Prints one
 * table row per kind: medians in milliseconds and the ratio docklab/shell.
 *
 * <p>A {@code ~} after a kind marks a check that compares content. Arguments: {@code ROUNDS}
 * (default 20). Expects the registry tag {@code 127.0.0.1:5000/docklab-it-checks/bench:tiny} to
 * have been pushed ({@code bench/checks.sh} does).
 */
public final class CheckLatency {
  static final String CONTAINER = "docklab-it-checks-bench";
  static final String IMAGE = "python:3.11-slim";
  static final int PORT = 21050;
  static final int WARMUP = 5;

  /** One question, asked by docklab and by a shell one-liner. */
  record Pair(String kind, CheckSpec check, String shell) {}

  public static void main(String[] args) throws Exception {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
    Path workspace = Files.createTempDirectory("docklab-bench-");
    Files.writeString(workspace.resolve("Dockerfile"), "FROM python:3.11-slim\nCMD bash\n");
    Files.writeString(workspace.resolve("last-output.txt"), "Login Succeeded\n");
    DockerEngine engine = DockerEngine.connect();
    startServer(engine);
    try (Checks checks =
        new Checks(
            new CheckContext(
                EngineAccess.of(engine),
                Workspace.at(workspace),
                Variables.NONE,
                () -> "Login Succeeded\n",
                Locale.ENGLISH),
            new UserShell(Path.of("/bin/bash")))) {
      awaitServer(checks);
      List<Pair> pairs = pairs();
      System.out.printf(
          "%-22s %8s %12s %10s %8s%n", "check", "rounds", "docklab ms", "shell ms", "ratio");
      for (Pair pair : pairs) {
        measure(checks, pair, rounds, workspace);
      }
    } finally {
      engine.client().removeContainerCmd(CONTAINER).withForce(true).exec();
      engine.close();
    }
  }

  static List<Pair> pairs() {
    Text none = Text.EMPTY;
    String manifest =
        "curl -s -o /dev/null -w '%{http_code}' -I -u learner:docklab"
            + " -H 'Accept: application/vnd.docker.distribution.manifest.v2+json'"
            + " http://127.0.0.1:5000/v2/docklab-it-checks/bench/manifests/tiny | grep -q 200";
    return List.of(
        new Pair(
            "container",
            new ContainerCheck(
                CONTAINER, null, true, ContainerState.RUNNING, null, List.of(), null, none),
            "docker inspect -f '{{.State.Status}}' " + CONTAINER + " | grep -q running"),
        new Pair(
            "image",
            new ImageCheck(IMAGE, true, List.of("python3"), null, null, null, null, null, none),
            "docker image inspect -f '{{json .Config.Cmd}}' " + IMAGE + " | grep -q python3"),
        new Pair(
            "http",
            new HttpCheck(
                "http://127.0.0.1:" + PORT + "/",
                200,
                Matcher.contains("Directory listing"),
                Duration.ofSeconds(5),
                none),
            "curl -s http://127.0.0.1:" + PORT + "/ | grep -q 'Directory listing'"),
        new Pair(
            "command",
            new CommandCheck("test -f Dockerfile", 0, null, null, none),
            "test -f Dockerfile"),
        new Pair(
            "output",
            new OutputCheck(Matcher.contains("Login Succeeded"), none),
            "grep -q 'Login Succeeded' last-output.txt"),
        new Pair(
            "file",
            new FileCheck("Dockerfile", true, Matcher.contains("FROM python"), none),
            "test -f Dockerfile && grep -q 'FROM python' Dockerfile"),
        new Pair(
            "containerFile ctr",
            new ContainerFileCheck(CONTAINER, null, "/etc/os-release", true, null, none),
            "docker exec " + CONTAINER + " test -f /etc/os-release"),
        new Pair(
            "containerFile ctr ~",
            new ContainerFileCheck(
                CONTAINER, null, "/etc/os-release", true, Matcher.contains("bookworm"), none),
            "docker exec " + CONTAINER + " grep -q bookworm /etc/os-release"),
        new Pair(
            "containerFile img",
            new ContainerFileCheck(null, IMAGE, "/etc/os-release", true, null, none),
            "docker run --rm " + IMAGE + " test -f /etc/os-release"),
        new Pair(
            "containerFile img ~",
            new ContainerFileCheck(
                null, IMAGE, "/etc/os-release", true, Matcher.contains("bookworm"), none),
            "docker run --rm " + IMAGE + " grep -q bookworm /etc/os-release"),
        new Pair(
            "registry",
            new RegistryCheck(
                "127.0.0.1:5000",
                "docklab-it-checks/bench",
                "tiny",
                "learner",
                "docklab",
                true,
                none),
            manifest));
  }

  static void measure(Checks checks, Pair pair, int rounds, Path workspace) throws Exception {
    for (int i = 0; i < WARMUP; i++) {
      docklab(checks, pair);
      shell(pair, workspace);
    }
    double[] docklab = new double[rounds];
    double[] shell = new double[rounds];
    for (int i = 0; i < rounds; i++) { // Interleaved, so that both meet the same engine load.
      docklab[i] = docklab(checks, pair);
      shell[i] = shell(pair, workspace);
    }
    double ours = median(docklab);
    double theirs = median(shell);
    System.out.printf(
        Locale.ROOT,
        "%-22s %8d %12.2f %10.2f %8.2f%n",
        pair.kind(),
        rounds,
        ours,
        theirs,
        ours / theirs);
  }

  static double docklab(Checks checks, Pair pair) throws InterruptedException {
    long began = System.nanoTime();
    CheckResult result = checks.evaluate(pair.check());
    double millis = (System.nanoTime() - began) / 1e6;
    if (!result.passed()) {
      throw new IllegalStateException(pair.kind() + ": " + result.sentence());
    }
    return millis;
  }

  static double shell(Pair pair, Path workspace) throws IOException, InterruptedException {
    long began = System.nanoTime();
    Process process =
        new ProcessBuilder("/bin/bash", "-c", pair.shell())
            .directory(workspace.toFile())
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    int exit = process.waitFor();
    double millis = (System.nanoTime() - began) / 1e6;
    if (exit != 0) {
      throw new IllegalStateException(
          pair.kind() + ": the shell one-liner failed: " + pair.shell());
    }
    return millis;
  }

  static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int middle = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  }

  private static void startServer(DockerEngine engine) {
    try {
      engine.client().removeContainerCmd(CONTAINER).withForce(true).exec();
    } catch (NotFoundException absent) {
      // Nothing left from an earlier run.
    }
    String id =
        engine
            .client()
            .createContainerCmd(IMAGE)
            .withName(CONTAINER)
            .withCmd("python3", "-m", "http.server", "8000")
            .withExposedPorts(ExposedPort.tcp(8000))
            .withHostConfig(
                HostConfig.newHostConfig()
                    .withPortBindings(PortBinding.parse("127.0.0.1:" + PORT + ":8000")))
            .exec()
            .getId();
    engine.client().startContainerCmd(id).exec();
  }

  private static void awaitServer(Checks checks) throws InterruptedException {
    CheckResult up = checks.evaluate(pairs().get(2).check());
    if (!up.passed()) {
      throw new IllegalStateException(up.sentence());
    }
  }

  static List<String> kinds() {
    List<String> kinds = new ArrayList<>();
    pairs().forEach(pair -> kinds.add(pair.kind()));
    return kinds;
  }
}
