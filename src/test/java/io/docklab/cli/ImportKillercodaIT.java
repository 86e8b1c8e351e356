package io.docklab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code docklab import killercoda} on the small scenarios of src/test/resources/killercoda (one
 * per feature and pattern, written for docklab): those that can be imported give lessons that
 * validate and pass {@code docklab test} against the real engine, twice in a row; those that need
 * Kubernetes, a second machine or have a broken index.json give no lesson and a report naming the
 * file and line.
 */
class ImportKillercodaIT {
  private static final Path SCENARIOS = Path.of("src/test/resources/killercoda");
  private static final List<String> IMPORTABLE =
      List.of(
          "details-blocks",
          "expected-errors",
          "interactive-shell",
          "katacoda-paths",
          "networks-volumes",
          "setup-scripts",
          "web-server");

  @TempDir Path out;
  @TempDir Path home;

  @Test
  @Timeout(value = 10, unit = TimeUnit.MINUTES)
  void importedScenariosValidateAndPassDocklabTestTwice() throws Exception {
    Launcher.Run run =
        Launcher.run(
            Duration.ofMinutes(1),
            Map.of("DOCKLAB_HOME", home.toString()),
            "--lang",
            "en",
            "import",
            "killercoda",
            SCENARIOS.toString(),
            "--out",
            out.toString());
    String output = run.output();
    assertEquals(ExitCode.FAILED, run.exitCode(), "three scenarios cannot be imported\n" + output);
    for (String id : IMPORTABLE) {
      assertTrue(Files.exists(out.resolve(id + ".md")), id + "\n" + output);
      assertTrue(output.contains(out.resolve(id + ".md") + " validates"), id + "\n" + output);
    }
    assertTrue(
        output.contains(
            "killercoda/kubernetes/step1.md:3: `kubectl run nginx --image=nginx` needs a Kubernetes"
                + " cluster"),
        output);
    assertTrue(output.contains("killercoda/second-node/verify1.sh:2: `ssh node01"), output);
    assertTrue(output.contains("killercoda/malformed-index/index.json:3:27: not JSON"), output);
    assertTrue(
        output.contains(
            "killercoda/setup-scripts/background.sh:6: left out: `systemctl restart docker`"),
        output);
    assertFalse(Files.exists(out.resolve("kubernetes.md")), output);
    assertTrue(
        output.contains("docklab import killercoda: 10 scenario(s), 7 imported, 3 not"), output);

    for (int round = 1; round <= 2; round++) {
      Launcher.Run test =
          Launcher.run(
              Duration.ofMinutes(8),
              Map.of("DOCKLAB_HOME", home.toString()),
              "test",
              "--lang",
              "en",
              out.toString());
      assertEquals(ExitCode.OK, test.exitCode(), "round " + round + "\n" + test.output());
    }
  }

  @Test
  @Timeout(value = 2, unit = TimeUnit.MINUTES)
  void aDirectoryWithoutScenariosIsOneLine() throws Exception {
    Launcher.Run run =
        Launcher.run(
            Duration.ofMinutes(1),
            Map.of("DOCKLAB_HOME", home.toString()),
            "--lang",
            "en",
            "import",
            "killercoda",
            home.toString(),
            "--out",
            out.toString());
    assertEquals(ExitCode.FAILED, run.exitCode(), run.output());
    assertTrue(run.output().contains(home + ": no index.json there or below it"), run.output());
  }
}
