package io.docklab.check;

import static io.docklab.check.CheckFixtures.BASE_IMAGE;
import static io.docklab.check.CheckFixtures.NO_MESSAGE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.dockerjava.api.model.Container;
import io.docklab.docker.DockerEngine;
import io.docklab.docker.EngineAccess;
import io.docklab.exec.Variables;
import io.docklab.exec.Workspace;
import io.docklab.lesson.check.ContainerFileCheck;
import io.docklab.lesson.check.Matcher;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A {@code containerFile} check on an image reads through a probe container; a check cut short
 * while its probe is out (the thread interrupted, as Ctrl-C and the prompt's quick look do, or the
 * checks closed, as when the lab quits) leaves no probe behind. Only this run's probes (their names
 * carry the run's own tag) are looked at and removed.
 */
@Timeout(value = 4, unit = TimeUnit.MINUTES)
class ProbeLeakIT {
  private static final ContainerFileCheck READ_FROM_IMAGE =
      new ContainerFileCheck(
          null, BASE_IMAGE, "/etc/passwd", true, Matcher.contains("root:"), NO_MESSAGE);

  private static final int ROUNDS = 12;

  @TempDir static Path workspace;
  private static DockerEngine engine;
  private static final List<String> prefixes = new ArrayList<>();

  @BeforeAll
  static void connect() {
    engine = DockerEngine.connect();
  }

  @AfterAll
  static void removeOurs() {
    try {
      for (String prefix : prefixes) {
        for (Container left : probes(prefix)) {
          engine.client().removeContainerCmd(left.getId()).withForce(true).exec();
        }
      }
    } finally {
      engine.close();
    }
  }

  @Test
  void aCheckInterruptedMidProbeLeavesNoProbe() throws Exception {
    int midProbe = 0;
    for (int round = 0; round < ROUNDS; round++) {
      Checks checks = checks();
      String prefix = checks.probeNamePrefix();
      prefixes.add(prefix);
      Thread looking = looking(checks);
      // Half the rounds wait for the probe to be there; the others cut in at once, mid-creation.
      if (round % 2 == 0 ? probeAppears(prefix, looking) : spinBriefly(round)) {
        midProbe++;
      }
      looking.interrupt();
      looking.join(20_000);
      checks.close();
      assertEquals(List.of(), names(probes(prefix)), "probes left behind in round " + round);
    }
    assertTrue(midProbe > 0, "no round interrupted a check while its probe was out");
  }

  @Test
  void checksClosedWhileALookRunsLeaveNoProbe() throws Exception {
    int midProbe = 0;
    for (int round = 0; round < ROUNDS / 2; round++) {
      Checks checks = checks();
      String prefix = checks.probeNamePrefix();
      prefixes.add(prefix);
      Thread looking = looking(checks);
      if (probeAppears(prefix, looking)) {
        midProbe++;
      }
      checks.close(); // The lab quitting with a look still going on in the background.
      looking.join(20_000);
      assertEquals(List.of(), names(probes(prefix)), "probes left behind in round " + round);
    }
    assertTrue(midProbe > 0, "no round closed the checks while a probe was out");
  }

  @Test
  void theCheckStillPassesAndGivesItsProbeBack() throws Exception {
    try (Checks checks = checks()) {
      prefixes.add(checks.probeNamePrefix());
      CheckResult result = checks.evaluate(READ_FROM_IMAGE);
      assertTrue(result.passed(), result.sentence());
      checks.close();
      assertEquals(List.of(), names(probes(checks.probeNamePrefix())));
    }
  }

  /**
   * Checks with an engine connection of their own: a look cut short may count as an engine fault,
   * which closes the connection the checks use, not the one this test lists containers with.
   */
  private static Checks checks() {
    return new Checks(
        new CheckContext(
            new EngineAccess(engine.address()),
            Workspace.at(workspace),
            Variables.NONE,
            () -> "",
            Locale.ENGLISH));
  }

  /** A thread that evaluates the check over and over until interrupted. */
  private static Thread looking(Checks checks) {
    Thread thread =
        new Thread(
            () -> {
              try {
                while (!Thread.currentThread().isInterrupted()) {
                  checks.evaluate(READ_FROM_IMAGE);
                }
              } catch (InterruptedException stopped) {
                // What the test does to it.
              } catch (RuntimeException closed) {
                // The checks were closed under it.
              }
            },
            "probe-leak-it-look");
    thread.setDaemon(true);
    thread.start();
    return thread;
  }

  /** Waits (with a deadline) until a probe of {@code prefix} is out; true when one was seen. */
  private static boolean probeAppears(String prefix, Thread looking) {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (System.nanoTime() - deadline < 0 && looking.isAlive()) {
      if (!probes(prefix).isEmpty()) {
        return true;
      }
    }
    return false;
  }

  /** Lets the look get a few milliseconds in, differently each round; never true. */
  private static boolean spinBriefly(int round) {
    long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(3L * round);
    while (System.nanoTime() - until < 0) {
      Thread.onSpinWait();
    }
    return false;
  }

  private static List<Container> probes(String prefix) {
    return engine
        .client()
        .listContainersCmd()
        .withShowAll(true)
        .withNameFilter(List.of(prefix))
        .exec()
        .stream()
        .filter(container -> names(List.of(container)).stream().anyMatch(n -> n.startsWith(prefix)))
        .toList();
  }

  private static List<String> names(List<Container> containers) {
    List<String> names = new ArrayList<>();
    for (Container container : containers) {
      for (String name : container.getNames()) {
        names.add(name.startsWith("/") ? name.substring(1) : name);
      }
    }
    return names;
  }
}
