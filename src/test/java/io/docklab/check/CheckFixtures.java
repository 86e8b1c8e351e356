package io.docklab.check;

import com.github.dockerjava.api.command.CreateContainerResponse;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.ExposedPort;
import com.github.dockerjava.api.model.HostConfig;
import com.github.dockerjava.api.model.PortBinding;
import io.docklab.docker.DockerEngine;
import io.docklab.docker.EngineAccess;
import io.docklab.docker.Leftovers;
import io.docklab.exec.Variables;
import io.docklab.exec.Workspace;
import io.docklab.lesson.Text;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/** What the check integration tests make on the engine, named with their prefix, and remove. */
final class CheckFixtures {
  /**
   * The names of what these tests make: unique to this run, so that a test never touches another
   * run's containers or images.
   */
  static final String PREFIX =
      "docklab-it-checks-" + java.util.UUID.randomUUID().toString().substring(0, 8) + "-";

  static final String BASE_IMAGE = "python:3.11-slim";
  static final Text NO_MESSAGE = Text.EMPTY;

  private CheckFixtures() {}

  static CheckContext context(
      DockerEngine engine, Path workspace, Supplier<String> lastOutput, Locale locale) {
    return new CheckContext(
        EngineAccess.of(engine), Workspace.at(workspace), Variables.NONE, lastOutput, locale);
  }

  static CheckContext context(DockerEngine engine, Path workspace) {
    return context(engine, workspace, () -> "", Locale.ENGLISH);
  }

  static Text message(String en, String ja) {
    return new Text(Map.of("en", en, "ja", ja));
  }

  /** Starts a container of the base image running {@code command}, optionally publishing ports. */
  static String start(DockerEngine engine, String name, String image, String... command) {
    return start(engine, name, image, null, command);
  }

  static String start(
      DockerEngine engine, String name, String image, PortBinding port, String... command) {
    Leftovers.removeContainer(engine, name);
    var create = engine.client().createContainerCmd(image).withName(name).withCmd(command);
    if (port != null) {
      create =
          create
              .withExposedPorts(port.getExposedPort())
              .withHostConfig(HostConfig.newHostConfig().withPortBindings(port));
    }
    CreateContainerResponse created = create.exec();
    engine.client().startContainerCmd(created.getId()).exec();
    return created.getId();
  }

  static void awaitExit(DockerEngine engine, String name) throws InterruptedException {
    engine
        .client()
        .waitContainerCmd(name)
        .exec(new com.github.dockerjava.core.command.WaitContainerResultCallback())
        .awaitStatusCode(30, TimeUnit.SECONDS);
  }

  static PortBinding port(int hostPort, int containerPort) {
    return PortBinding.parse("127.0.0.1:" + hostPort + ":" + containerPort);
  }

  static ExposedPort tcp(int port) {
    return ExposedPort.tcp(port);
  }

  static void removeImage(DockerEngine engine, String reference) {
    try {
      engine.client().removeImageCmd(reference).withForce(true).exec();
    } catch (NotFoundException absent) {
      // Nothing left from an earlier run.
    }
  }

  /** Runs a docker CLI command line, failing the test when it fails. */
  static String docker(Path directory, Map<String, String> environment, String... arguments)
      throws IOException, InterruptedException {
    List<String> command = new java.util.ArrayList<>(List.of("docker"));
    command.addAll(List.of(arguments));
    ProcessBuilder builder =
        new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true);
    builder.environment().putAll(environment);
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (process.waitFor() != 0) {
      throw new AssertionError(String.join(" ", command) + " failed:\n" + output);
    }
    return output;
  }
}
