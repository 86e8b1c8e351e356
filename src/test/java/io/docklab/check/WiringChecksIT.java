package io.docklab.check;

import static io.docklab.check.CheckFixtures.BASE_IMAGE;
import static io.docklab.check.CheckFixtures.NO_MESSAGE;
import static io.docklab.check.CheckFixtures.PREFIX;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.AccessMode;
import com.github.dockerjava.api.model.Bind;
import com.github.dockerjava.api.model.HealthCheck;
import com.github.dockerjava.api.model.HostConfig;
import com.github.dockerjava.api.model.Volume;
import io.docklab.docker.DockerEngine;
import io.docklab.docker.EngineAccess;
import io.docklab.docker.Leftovers;
import io.docklab.exec.Variables;
import io.docklab.exec.Workspace;
import io.docklab.i18n.Messages;
import io.docklab.lesson.check.CheckSpec;
import io.docklab.lesson.check.ContainerCheck;
import io.docklab.lesson.check.ContainerHealth;
import io.docklab.lesson.check.FileCheck;
import io.docklab.lesson.check.Matcher;
import io.docklab.lesson.check.Mount;
import io.docklab.lesson.check.MountType;
import io.docklab.lesson.check.NetworkCheck;
import io.docklab.lesson.check.VolumeCheck;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * network and volume checks, the container check's image with name, networks, mounts, environment
 * and health, and file checks on host paths, against the real engine: each passes and fails, with
 * its sentence.
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class WiringChecksIT {
  private static final String NET = PREFIX + "net";
  private static final String OTHER_NET = PREFIX + "other-net";
  private static final String VOL = PREFIX + "vol";
  private static final String WEB = PREFIX + "web";
  private static final String DB = PREFIX + "db";
  private static final String MISSING = PREFIX + "never-made";
  private static final Duration WINDOW = Duration.ofSeconds(30);

  @TempDir static Path workspace;
  @TempDir static Path host;
  private static DockerEngine engine;
  private static Checks checks;
  private static Locale before;

  @BeforeAll
  static void setUp() throws Exception {
    before = Messages.locale();
    Messages.use(Locale.ENGLISH);
    engine = DockerEngine.connect();
    var client = engine.client();
    client.createNetworkCmd().withName(NET).withDriver("bridge").exec();
    client.createNetworkCmd().withName(OTHER_NET).withDriver("bridge").exec();
    client.createVolumeCmd().withName(VOL).exec();
    Files.createDirectories(workspace.resolve("site"));
    Files.writeString(host.resolve("index.html"), "Hello from the host\n");
    String web =
        client
            .createContainerCmd(BASE_IMAGE)
            .withName(WEB)
            .withEnv("MODE=production")
            .withCmd(
                "sh",
                "-c",
                "mkdir -p /data/notes && echo 'remember the milk' > /data/notes/today.txt"
                    + " && exec sleep 300")
            .withHostConfig(
                HostConfig.newHostConfig()
                    .withNetworkMode(NET)
                    .withBinds(
                        new Bind(VOL, new Volume("/data")),
                        new Bind(
                            workspace.resolve("site").toString(),
                            new Volume("/site"),
                            AccessMode.ro))
                    .withTmpFs(Map.of("/cache", "rw")))
            .exec()
            .getId();
    client.startContainerCmd(web).exec();
    String db =
        client
            .createContainerCmd(BASE_IMAGE)
            .withName(DB)
            .withCmd("sleep", "300")
            .withHealthcheck(
                new HealthCheck()
                    .withTest(List.of("CMD", "true"))
                    .withInterval(500_000_000L)
                    .withStartInterval(500_000_000L)
                    .withStartPeriod(1_000_000_000L))
            .withHostConfig(HostConfig.newHostConfig().withNetworkMode(OTHER_NET))
            .exec()
            .getId();
    client.startContainerCmd(db).exec();
    checks = new Checks(CheckFixtures.context(engine, workspace));
    // The container writes its note into the volume once started.
    CheckResult written = await(volume(VOL, null, "notes/today.txt", null));
    assertTrue(written.passed(), written.sentence());
  }

  @AfterAll
  static void tearDown() {
    if (checks != null) {
      checks.close();
    }
    Leftovers.removeContainer(engine, WEB);
    Leftovers.removeContainer(engine, DB);
    for (String network : List.of(NET, OTHER_NET)) {
      try {
        engine.client().removeNetworkCmd(network).exec();
      } catch (NotFoundException gone) {
        // Not made.
      }
    }
    try {
      engine.client().removeVolumeCmd(VOL).exec();
    } catch (NotFoundException gone) {
      // Not made.
    }
    engine.close();
    Messages.use(before);
  }

  private static CheckResult await(CheckSpec spec) throws InterruptedException {
    return checks.await(List.of(spec), WINDOW, () -> false).get(0);
  }

  private static NetworkCheck network(
      String name, boolean exists, String driver, List<String> attached, List<String> not) {
    return new NetworkCheck(name, exists, driver, attached, not, NO_MESSAGE, null);
  }

  private static VolumeCheck volume(String name, String driver, String path, Matcher content) {
    return new VolumeCheck(name, true, driver, path, content, NO_MESSAGE, null);
  }

  private static ContainerCheck container(
      String name,
      String image,
      List<String> networks,
      List<Mount> mounts,
      Map<String, String> env,
      ContainerHealth health) {
    return new ContainerCheck(
        name,
        image,
        true,
        null,
        null,
        List.of(),
        null,
        networks,
        mounts,
        env,
        health,
        NO_MESSAGE,
        null);
  }

  @Test
  void aNetworkPassesItsDriverAndWhoIsAttached() throws Exception {
    CheckResult result = checks.evaluate(network(NET, true, "bridge", List.of(WEB), List.of(DB)));
    assertTrue(result.passed(), result.sentence());
    assertEquals(
        "network " + NET + ": found it (driver bridge; attached: " + WEB + "), as expected",
        result.sentence());
  }

  @Test
  void aContainerNotAttachedFailsNamingWhoIs() throws Exception {
    CheckResult result = checks.evaluate(network(NET, true, null, List.of(DB), List.of()));
    assertFalse(result.passed());
    assertEquals(
        "network " + NET + ": " + DB + " is not attached (attached: " + WEB + ")",
        result.sentence());
    CheckResult unwanted = checks.evaluate(network(NET, true, null, List.of(), List.of(WEB)));
    assertEquals(
        "network "
            + NET
            + ": "
            + WEB
            + " is attached, expected it not to be (attached: "
            + WEB
            + ")",
        unwanted.sentence());
    CheckResult driver = checks.evaluate(network(NET, true, "overlay", List.of(), List.of()));
    assertEquals("network " + NET + ": expected driver overlay, found bridge", driver.sentence());
  }

  @Test
  void aMissingNetworkFailsAndItsAbsencePasses() throws Exception {
    assertEquals(
        "network " + MISSING + ": expected it to exist, found no such network",
        checks.evaluate(network(MISSING, true, null, List.of(), List.of())).sentence());
    assertTrue(checks.evaluate(network(MISSING, false, null, List.of(), List.of())).passed());
    assertEquals(
        "network " + NET + ": expected no such network, found one (driver bridge)",
        checks.evaluate(network(NET, false, null, List.of(), List.of())).sentence());
  }

  @Test
  void aVolumePassesItsDriverAndTheContentOfAFileInIt() throws Exception {
    CheckResult result =
        checks.evaluate(volume(VOL, "local", "notes/today.txt", Matcher.contains("milk")));
    assertTrue(result.passed(), result.sentence());
    assertEquals(
        "file notes/today.txt in volume " + VOL + ": its content does contain 'milk', as expected",
        result.sentence());
    assertTrue(checks.evaluate(volume(VOL, null, null, null)).passed());
    assertTrue(noProbeOnTheVolumeWithin(5000), "a probe container was left behind");
  }

  @Test
  void aVolumeFileThatDiffersOrIsMissingFails() throws Exception {
    assertEquals(
        "file notes/today.txt in volume "
            + VOL
            + ": expected content to contain 'bread', found 'remember the milk'",
        checks
            .evaluate(volume(VOL, null, "notes/today.txt", Matcher.contains("bread")))
            .sentence());
    assertEquals(
        "file notes/none.txt in volume " + VOL + ": expected it to exist, found no such file",
        checks.evaluate(volume(VOL, null, "notes/none.txt", null)).sentence());
    assertEquals(
        "volume " + VOL + ": expected driver nfs, found local",
        checks.evaluate(volume(VOL, "nfs", null, null)).sentence());
    assertTrue(noProbeOnTheVolumeWithin(5000), "a probe container was left behind");
  }

  @Test
  void aMissingVolumeFailsWithoutBeingCreated() throws Exception {
    assertEquals(
        "volume " + MISSING + ": expected it to exist, found no such volume",
        checks.evaluate(volume(MISSING, null, "x.txt", null)).sentence());
    assertThrows(NotFoundException.class, () -> engine.client().inspectVolumeCmd(MISSING).exec());
    assertTrue(
        checks
            .evaluate(new VolumeCheck(MISSING, false, null, null, null, NO_MESSAGE, null))
            .passed());
    assertEquals(
        "volume " + VOL + ": expected no such volume, found one (driver local)",
        checks
            .evaluate(new VolumeCheck(VOL, false, null, null, null, NO_MESSAGE, null))
            .sentence());
  }

  @Test
  void aVolumeIsReadThroughTheLessonsImageWhenPresent() throws Exception {
    try (Checks preferring =
        new Checks(
            new CheckContext(
                EngineAccess.of(engine),
                Workspace.at(workspace),
                Variables.NONE,
                () -> "",
                Locale.ENGLISH,
                List.of(PREFIX + "absent:1", "busybox:latest")))) {
      CheckResult result =
          preferring.evaluate(volume(VOL, null, "notes/today.txt", Matcher.contains("milk")));
      assertTrue(result.passed(), result.sentence());
    }
    assertTrue(noProbeOnTheVolumeWithin(5000), "a probe container was left behind");
  }

  @Test
  void aContainerByNameAndImagePassesItsNetworksMountsAndEnvironment() throws Exception {
    CheckResult result =
        checks.evaluate(
            container(
                WEB,
                BASE_IMAGE,
                List.of(NET),
                List.of(
                    new Mount(MountType.VOLUME, VOL, "/data", false),
                    new Mount(MountType.BIND, "site", "/site", true),
                    new Mount(MountType.TMPFS, null, "/cache", null)),
                Map.of("MODE", "production"),
                ContainerHealth.NONE));
    assertTrue(result.passed(), result.sentence());
    String absolute = workspace.resolve("site").toString();
    CheckResult bySourcePath =
        checks.evaluate(
            container(
                WEB,
                null,
                List.of(),
                List.of(new Mount(MountType.BIND, absolute, "/site", true)),
                Map.of(),
                null));
    assertTrue(bySourcePath.passed(), bySourcePath.sentence());
    assertEquals(
        "container " + WEB + ": expected mount /site from elsewhere, found " + absolute,
        mountSentence(new Mount(null, "elsewhere", "/site", null)));
  }

  @Test
  void eachContainerConditionFailsWithExpectedAndFound() throws Exception {
    assertEquals(
        "container " + WEB + ": expected image busybox:latest, found " + BASE_IMAGE,
        checks
            .evaluate(container(WEB, "busybox:latest", List.of(), List.of(), Map.of(), null))
            .sentence());
    assertEquals(
        "container " + WEB + ": expected it attached to network " + OTHER_NET + ", found " + NET,
        checks
            .evaluate(container(WEB, null, List.of(OTHER_NET), List.of(), Map.of(), null))
            .sentence());
    assertEquals(
        "container " + WEB + ": expected a mount at /srv, found /cache, /data, /site",
        checks
            .evaluate(
                container(
                    WEB,
                    null,
                    List.of(),
                    List.of(new Mount(null, null, "/srv", null)),
                    Map.of(),
                    null))
            .sentence());
    assertEquals(
        "container " + WEB + ": expected mount /data read-only, found it writable",
        mountSentence(new Mount(null, null, "/data", true)));
    assertEquals(
        "container " + WEB + ": expected mount /site writable, found it read-only",
        mountSentence(new Mount(null, null, "/site", false)));
    assertEquals(
        "container " + WEB + ": expected mount /data of type bind, found volume",
        mountSentence(new Mount(MountType.BIND, null, "/data", null)));
    assertEquals(
        "container " + WEB + ": expected mount /data from other, found " + VOL,
        mountSentence(new Mount(null, "other", "/data", null)));
    assertEquals(
        "container " + WEB + ": expected environment variable MODE=dev, found MODE=production",
        checks
            .evaluate(container(WEB, null, List.of(), List.of(), Map.of("MODE", "dev"), null))
            .sentence());
    assertEquals(
        "container " + WEB + ": expected health healthy, found none",
        checks
            .evaluate(container(WEB, null, List.of(), List.of(), Map.of(), ContainerHealth.HEALTHY))
            .sentence());
  }

  private static String mountSentence(Mount mount) throws InterruptedException {
    return checks
        .evaluate(container(WEB, null, List.of(), List.of(mount), Map.of(), null))
        .sentence();
  }

  @Test
  void aContainerBecomesHealthy() throws Exception {
    CheckResult healthy =
        await(
            container(
                DB, BASE_IMAGE, List.of(OTHER_NET), List.of(), Map.of(), ContainerHealth.HEALTHY));
    assertTrue(healthy.passed(), healthy.sentence());
    assertEquals(
        "container " + DB + ": expected health unhealthy, found healthy",
        checks
            .evaluate(
                container(DB, null, List.of(), List.of(), Map.of(), ContainerHealth.UNHEALTHY))
            .sentence());
  }

  @Test
  void aFileOnTheHostIsReadAtItsAbsolutePath() throws Exception {
    String path = host.resolve("index.html").toString();
    CheckResult result =
        checks.evaluate(
            new FileCheck(path, true, Matcher.contains("Hello from the host"), NO_MESSAGE));
    assertTrue(result.passed(), result.sentence());
    assertEquals(
        "file " + path + ": expected content to contain 'Bye', found 'Hello from the host'",
        checks.evaluate(new FileCheck(path, true, Matcher.contains("Bye"), NO_MESSAGE)).sentence());
    String climbing = host.resolve("../x").toString();
    assertEquals(
        "file " + climbing + ": could not look (the path '" + climbing + "' climbs out with '..')",
        checks.evaluate(new FileCheck(climbing, true, null, NO_MESSAGE)).sentence());
  }

  /** Whether the probe containers that mounted {@link #VOL} are gone. */
  private static boolean noProbeOnTheVolumeWithin(long millis) throws InterruptedException {
    long deadline = System.currentTimeMillis() + millis;
    while (true) {
      boolean left =
          !engine
              .client()
              .listContainersCmd()
              .withShowAll(true)
              .withVolumeFilter(List.of(VOL))
              .withLabelFilter(Map.of("io.docklab.probe", "true"))
              .exec()
              .isEmpty();
      if (!left) {
        return true;
      }
      if (System.currentTimeMillis() > deadline) {
        return false;
      }
      Thread.sleep(100);
    }
  }
}
