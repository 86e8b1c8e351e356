package io.docklab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code docklab prepare} on a prepared machine changes nothing, and the registry it runs is real:
 * {@code docker login}, {@code push} and {@code pull} work with the learner account.
 */
class PrepareIT {
  private static final String PUSHED = "127.0.0.1:5000/docklab-it/python:prepare-it";

  @Test
  void aSecondPrepareFindsEverythingInPlace() throws Exception {
    Launcher.Run run = Launcher.run(Map.of(), "prepare", "--lang", "en");
    assertEquals(0, run.exitCode(), run.output());
    assertTrue(run.output().contains("  image python:3.11-slim: already present"), run.output());
    assertTrue(run.output().contains("  image python:latest: already present"), run.output());
    assertTrue(run.output().contains("  image hello-world:latest: already present"), run.output());
    assertTrue(
        run.output().contains("  service registry: running on 127.0.0.1:5000 (account learner)"),
        run.output());
  }

  @Test
  void theRegistryTakesALoginAPushAndAPull(@TempDir Path dockerConfig) throws Exception {
    Map<String, String> env = Map.of("DOCKER_CONFIG", dockerConfig.toString());
    Docker wrong =
        docker(env, "wrong\n", "login", "127.0.0.1:5000", "-u", "learner", "--password-stdin");
    assertTrue(wrong.exitCode != 0, wrong.output);

    Docker login =
        docker(env, "docklab\n", "login", "127.0.0.1:5000", "-u", "learner", "--password-stdin");
    assertEquals(0, login.exitCode, login.output);
    assertTrue(login.output.contains("Login Succeeded"), login.output);
    try {
      assertEquals(0, docker(env, "", "tag", "python:3.11-slim", PUSHED).exitCode);
      Docker push = docker(env, "", "push", PUSHED);
      assertEquals(0, push.exitCode, push.output);
      assertEquals(0, docker(env, "", "image", "rm", PUSHED).exitCode);
      Docker pull = docker(env, "", "pull", PUSHED);
      assertEquals(0, pull.exitCode, pull.output);
      assertTrue(
          pull.output.contains("Status: Downloaded newer image for " + PUSHED)
              || pull.output.contains("Status: Image is up to date for " + PUSHED),
          pull.output);
    } finally {
      docker(env, "", "image", "rm", PUSHED);
    }
  }

  private record Docker(int exitCode, String output) {}

  private static Docker docker(Map<String, String> env, String input, String... arguments)
      throws IOException, InterruptedException {
    List<String> command = new java.util.ArrayList<>(List.of("docker"));
    command.addAll(List.of(arguments));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().putAll(env);
    Process process = builder.start();
    process.getOutputStream().write(input.getBytes(StandardCharsets.UTF_8));
    process.getOutputStream().close();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(120, TimeUnit.SECONDS)) {
      process.destroyForcibly();
    }
    return new Docker(process.exitValue(), output);
  }
}
