package io.docklab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A lesson's and a step's {@code setup}, and {@code creates.networks}/{@code creates.volumes},
 * against the real engine, out of process: {@code docklab test} runs the setup and passes twice in
 * a row (the lesson setup's {@code docker network create} fails unless the first run's cleanup
 * removed the network), a failing setup fails its step in one sentence, and {@code docklab reset}
 * removes the lesson's network and volume and leaves those it does not name, and those a container
 * outside the lesson uses.
 */
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class SetupLessonIT {
  private final String suffix = UUID.randomUUID().toString().substring(0, 8);
  private final String lesson = "docklab-it-setup-" + suffix;
  private final String net = "docklab-it-setup-net-" + suffix;
  private final String vol = "docklab-it-setup-vol-" + suffix;
  private final String box = "docklab-it-setup-box-" + suffix;
  private final String foreignNet = "docklab-it-setup-fnet-" + suffix;
  private final String foreignBox = "docklab-it-setup-fbox-" + suffix;
  private final String usedNet = "docklab-it-setup-unet-" + suffix;
  private final String usedVol = "docklab-it-setup-uvol-" + suffix;

  @TempDir Path lessons;
  @TempDir Path home;

  @BeforeEach
  void write() throws IOException {
    Files.writeString(
        lessons.resolve("setup.yaml"),
        String.join(
            "\n",
            "id: " + lesson,
            "languages: [en]",
            "title: Setup test",
            "summary: A lesson whose stage is set by setup.",
            "estimatedMinutes: 1",
            "creates:",
            "  containers: [" + box + "]",
            "  networks: [" + net + "]",
            "  volumes: [" + vol + "]",
            "  files: [given/app.txt, staged.txt]",
            "setup:",
            "  - kind: file",
            "    path: given/app.txt",
            "    content: given by the lesson",
            "  - kind: command",
            "    run: docker network create " + net,
            "steps:",
            "  - id: attach",
            "    title: Attach",
            "    setup:",
            "      - kind: command",
            "        run: docker volume create " + vol,
            "    actions:",
            "      - kind: command",
            "        run: >-",
            "          docker run -d --name " + box + " --network " + net,
            "          -v " + vol + ":/data python:3.11-slim sleep 300",
            "    checks:",
            "      - kind: container",
            "        name: " + box,
            "        state: running",
            "      - kind: command",
            "        run: cat given/app.txt",
            "        stdout: given by the lesson",
            "        passesBefore: the lesson's setup gives the file",
            "  - id: write",
            "    title: Write",
            "    setup:",
            "      - kind: command",
            "        run: echo staged > staged.txt",
            "    actions:",
            "      - kind: command",
            "        run: docker exec " + box + " sh -c 'echo hi > /data/x'",
            "    checks:",
            "      - kind: command",
            "        run: cat staged.txt && docker exec " + box + " cat /data/x",
            "        stdout: hi",
            ""));
  }

  @AfterEach
  void removeOurs() throws Exception {
    for (String container : List.of(box, foreignBox)) {
      docker("rm", "-f", container);
    }
    for (String network : List.of(net, foreignNet, usedNet)) {
      docker("network", "rm", network);
    }
    for (String volume : List.of(vol, usedVol)) {
      docker("volume", "rm", volume);
    }
  }

  private Launcher.Run docklab(String... arguments) throws Exception {
    String[] all = new String[4 + arguments.length];
    all[0] = "--lang";
    all[1] = "en";
    all[2] = "--lessons";
    all[3] = lessons.toString();
    System.arraycopy(arguments, 0, all, 4, arguments.length);
    return Launcher.run(Duration.ofSeconds(240), Map.of("DOCKLAB_HOME", home.toString()), all);
  }

  @Test
  void aLessonWithSetupAndNetworksAndVolumesPassesTwiceInARow() throws Exception {
    for (int run = 1; run <= 2; run++) {
      Launcher.Run test = docklab("test", lessons.resolve("setup.yaml").toString());
      assertEquals(0, test.exitCode(), "run " + run + ":\n" + test.output());
      assertFalse(exists("network", net), "run " + run + " left the network");
      assertFalse(exists("volume", vol), "run " + run + " left the volume");
    }
  }

  @Test
  void aFailingStepSetupFailsTheStepInOneSentence() throws Exception {
    Path file = lessons.resolve("setup.yaml");
    Files.writeString(
        file,
        Files.readString(file)
            .replace(
                "run: echo staged > staged.txt",
                "run: echo staged > staged.txt && echo 'no such thing' >&2 && exit 3"));
    Launcher.Run test = docklab("test", file.toString());
    assertEquals(ExitCode.FAILED, test.exitCode(), test.output());
    assertTrue(
        test.output()
            .contains(
                "setup of step \"write\" failed: `echo staged > staged.txt && echo 'no such thing'"
                    + " >&2 && exit 3` exited with 3: no such thing"),
        test.output());
  }

  @Test
  void resetRemovesTheLessonsNetworkAndVolumeAndLeavesForeignOnes() throws Exception {
    docker("network", "create", net);
    docker("volume", "create", vol);
    docker("network", "create", foreignNet);
    docker("network", "create", usedNet);
    docker("volume", "create", usedVol);
    // A container outside the lesson on the lesson's (used) network and volume.
    String lessonFile = lessons.resolve("setup.yaml").toString();
    Files.writeString(
        Path.of(lessonFile),
        Files.readString(Path.of(lessonFile))
            .replace(
                "  networks: [" + net + "]",
                "  networks: [" + net + ", " + usedNet + ", docklab-it-setup-none-" + suffix + "]")
            .replace("  volumes: [" + vol + "]", "  volumes: [" + vol + ", " + usedVol + "]"));
    docker(
        "create",
        "--name",
        foreignBox,
        "--network",
        usedNet,
        "-v",
        usedVol + ":/data",
        "python:3.11-slim",
        "sleep",
        "300");

    Launcher.Run reset = docklab("reset", lesson, "--yes");

    assertEquals(0, reset.exitCode(), reset.output());
    assertTrue(reset.output().contains("  network " + net + "\n"), reset.output());
    assertTrue(reset.output().contains("  removed network " + net + "\n"), reset.output());
    assertTrue(reset.output().contains("  removed volume " + vol + "\n"), reset.output());
    assertTrue(
        reset
            .output()
            .contains(
                "  left: network "
                    + usedNet
                    + " is still used by "
                    + foreignBox
                    + ", which is not the lesson's; it was left\n"),
        reset.output());
    assertTrue(
        reset
            .output()
            .contains(
                "  left: volume "
                    + usedVol
                    + " is still used by "
                    + foreignBox
                    + ", which is not the lesson's; it was left\n"),
        reset.output());
    assertFalse(exists("network", net));
    assertFalse(exists("volume", vol));
    assertTrue(exists("network", foreignNet), "a network the lesson does not name was removed");
    assertTrue(exists("network", usedNet), "a network a foreign container uses was removed");
    assertTrue(exists("volume", usedVol), "a volume a foreign container uses was removed");
    assertTrue(exists("container", foreignBox), "the foreign container was removed");
  }

  private static boolean exists(String kind, String name) throws Exception {
    return docker(kind, "inspect", name).exitCode() == 0;
  }

  private record Result(int exitCode, String output) {}

  private static Result docker(String... arguments) throws Exception {
    List<String> command = new java.util.ArrayList<>(List.of("docker"));
    command.addAll(List.of(arguments));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("docker " + String.join(" ", arguments) + " did not finish");
    }
    return new Result(process.exitValue(), output);
  }
}
