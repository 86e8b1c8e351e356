package io.docklab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code docklab doctor} out of process, against the real engine and against none. */
class DoctorIT {
  @Test
  void passesOnAPreparedMachine() throws Exception {
    Launcher.Run run = Launcher.run(Map.of("LANG", "C.UTF-8"), "doctor", "--lang", "en");
    assertEquals(0, run.exitCode(), run.output());
    assertTrue(run.output().contains("✓ Docker engine "), run.output());
    assertTrue(run.output().contains("✓ image python:3.11-slim present"), run.output());
    assertTrue(run.output().contains("✓ registry answering at 127.0.0.1:5000"), run.output());
    assertTrue(run.output().contains("docklab doctor: everything the lessons need is here."));
  }

  @Test
  void saysWhichContextChoseTheEngine(@TempDir Path config) throws Exception {
    String name = "docklab-it-" + Long.toHexString(System.nanoTime());
    String id =
        HexFormat.of()
            .formatHex(
                MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8)));
    Path meta = Files.createDirectories(config.resolve("contexts/meta").resolve(id));
    Files.writeString(
        meta.resolve("meta.json"),
        "{\"Name\":\""
            + name
            + "\",\"Endpoints\":{\"docker\":{\"Host\":\"unix:///var/run/docker.sock\"}}}");
    Map<String, String> environment = Map.of("DOCKER_CONFIG", config.toString(), "DOCKER_HOST", "");
    Launcher.Run option = Launcher.run(environment, "--context", name, "doctor", "--lang", "en");
    assertTrue(
        option.output().contains("docklab speaks 1.4")
            && option.output().contains("; --context " + name + ")"),
        option.output());
    Files.writeString(config.resolve("config.json"), "{\"currentContext\":\"" + name + "\"}");
    Launcher.Run current = Launcher.run(environment, "doctor", "--lang", "en");
    assertTrue(
        current.output().contains("; current context " + name + " in config.json)"),
        current.output());
    Launcher.Run unknown = Launcher.run(environment, "doctor", "--context", "nope", "--lang", "en");
    assertEquals(1, unknown.exitCode(), unknown.output());
    assertTrue(
        unknown
            .output()
            .contains(
                "✗ Docker engine not reachable at context nope (context \"nope\" not found in "),
        unknown.output());
    assertNoStackTrace(unknown);
  }

  @Test
  void namesAMissingSocket() throws Exception {
    Launcher.Run run =
        Launcher.run(
            Map.of("DOCKER_HOST", "unix:///tmp/docklab-it-missing.sock"), "doctor", "--lang", "en");
    assertEquals(1, run.exitCode(), run.output());
    assertTrue(
        run.output()
            .contains(
                "✗ Docker engine not reachable at unix:///tmp/docklab-it-missing.sock (no socket at"
                    + " /tmp/docklab-it-missing.sock). Start it with 'sudo ./install.sh'"),
        run.output());
    assertNoStackTrace(run);
  }

  @Test
  void namesAStoppedEngine() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    String host = "tcp://127.0.0.1:" + closedPort;
    Launcher.Run run = Launcher.run(Map.of("DOCKER_HOST", host), "doctor", "--lang", "en");
    assertEquals(1, run.exitCode(), run.output());
    assertTrue(
        run.output().contains("✗ Docker engine not reachable at " + host + " (connection refused)"),
        run.output());
    assertNoStackTrace(run);
  }

  @Test
  void speaksJapanese() throws Exception {
    Launcher.Run run =
        Launcher.run(
            Map.of("DOCKER_HOST", "unix:///tmp/docklab-it-missing.sock"), "doctor", "--lang", "ja");
    assertEquals(1, run.exitCode(), run.output());
    assertTrue(
        run.output().contains("✗ Docker エンジンに接続できません: unix:///tmp/docklab-it-missing.sock"),
        run.output());
    assertTrue(run.output().contains("docklab doctor: 問題が 2 件あります。"), run.output());
  }

  @Test
  void speaksJapaneseFromTheLocaleEvenWhenTheSystemLacksIt() throws Exception {
    Launcher.Run run =
        Launcher.run(
            Map.of(
                "LC_ALL",
                "",
                "LC_MESSAGES",
                "",
                "LANG",
                "ja_JP.UTF-8",
                "DOCKER_HOST",
                "unix:///tmp/docklab-it-missing.sock"),
            "doctor");
    assertTrue(run.output().contains("✓ Java "), run.output());
    assertTrue(run.output().contains("✗ Docker エンジンに接続できません"), run.output());
  }

  private static void assertNoStackTrace(Launcher.Run run) {
    assertFalse(run.output().contains("Exception"), run.output());
    assertFalse(run.output().contains("\tat "), run.output());
  }
}
