package io.docklab.service;

import io.docklab.i18n.Messages;
import io.docklab.registry.RegistryClient;
import io.docklab.util.ExternalCommand;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The lab's own registry, Debian's {@code docker-registry} (distribution 2.8) on 127.0.0.1:5000,
 * with one learner account, so that {@code docker login}, {@code push} and {@code pull} are real.
 * Its configuration, data, log and pid file live in {@code <data dir>/registry}.
 */
public final class LocalRegistry {
  public static final String ADDRESS = "127.0.0.1:5000";
  public static final String ACCOUNT = "learner";
  public static final String PASSWORD = "docklab";
  private static final Duration START_TIMEOUT = Duration.ofSeconds(15);
  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(3);

  private final Path home;
  private final RegistryClient http = new RegistryClient(REQUEST_TIMEOUT);

  public LocalRegistry(Path dataDirectory) {
    this.home = dataDirectory.resolve("registry");
  }

  /** What {@code GET /v2/} says about the registry at {@link #ADDRESS}. */
  public enum State {
    /** Answers, asks for credentials, and accepts the learner's. */
    READY,
    /** Nothing listens on the port. */
    DOWN,
    /** Something answers on the port, but not as the lab's registry with the learner account. */
    FOREIGN
  }

  public State state() {
    try {
      int anonymous = http.ping(ADDRESS, null);
      int learner = http.ping(ADDRESS, RegistryClient.basic(ACCOUNT, PASSWORD));
      return anonymous == 401 && learner == 200 ? State.READY : State.FOREIGN;
    } catch (IOException unreachable) {
      return State.DOWN;
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      return State.DOWN;
    }
  }

  /** Starts the registry unless it already answers; returns one line saying which. */
  public String ensureRunning() {
    State state = state();
    if (state == State.READY) {
      return Messages.get("registry.running", ADDRESS, ACCOUNT);
    }
    if (state == State.FOREIGN) {
      throw new ServiceException(Messages.get("registry.foreign", ADDRESS));
    }
    if (!ExternalCommand.onPath("docker-registry")) {
      throw new ServiceException(Messages.get("registry.missing"));
    }
    writeConfiguration();
    start();
    awaitReady();
    return Messages.get("registry.started", ADDRESS, ACCOUNT, log());
  }

  private void writeConfiguration() {
    try {
      Files.createDirectories(home.resolve("data"));
      Files.writeString(home.resolve("config.yml"), configuration(), StandardCharsets.UTF_8);
      if (!Files.exists(htpasswd())) {
        ExternalCommand.Result made =
            ExternalCommand.run(List.of("htpasswd", "-Bbn", ACCOUNT, PASSWORD), line -> {});
        if (!made.succeeded()) {
          throw new ServiceException(Messages.get("registry.htpasswd.failed", made.tail()));
        }
        Files.writeString(htpasswd(), made.tail().strip() + "\n", StandardCharsets.UTF_8);
      }
    } catch (IOException failed) {
      throw new ServiceException(Messages.get("registry.config.failed", home, failed.getMessage()));
    }
  }

  String configuration() {
    return String.join(
        "\n",
        "version: 0.1",
        "log:",
        "  level: warn",
        "storage:",
        "  filesystem:",
        "    rootdirectory: " + home.resolve("data"),
        "  delete:",
        "    enabled: true",
        "http:",
        "  addr: " + ADDRESS,
        "auth:",
        "  htpasswd:",
        "    realm: docklab",
        "    path: " + htpasswd(),
        "");
  }

  private void start() {
    try {
      Process registry =
          new ProcessBuilder(
                  "setsid", "docker-registry", "serve", home.resolve("config.yml").toString())
              .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
              .redirectOutput(ProcessBuilder.Redirect.appendTo(log().toFile()))
              .redirectErrorStream(true)
              .start();
      Files.writeString(home.resolve("registry.pid"), registry.pid() + "\n");
    } catch (IOException failed) {
      throw new ServiceException(Messages.get("registry.start.failed", failed.getMessage(), log()));
    }
  }

  private void awaitReady() {
    Instant deadline = Instant.now().plus(START_TIMEOUT);
    while (Instant.now().isBefore(deadline)) {
      if (state() == State.READY) {
        return;
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException interrupted) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    throw new ServiceException(
        Messages.get(
            "registry.start.failed",
            "no answer within " + START_TIMEOUT.toSeconds() + " s",
            log()));
  }

  private Path htpasswd() {
    return home.resolve("htpasswd");
  }

  public Path log() {
    return home.resolve("registry.log");
  }
}
