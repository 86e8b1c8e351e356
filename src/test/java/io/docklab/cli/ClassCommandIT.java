package io.docklab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code docklab class} through the built launcher: the teacher serves on port 22712, two learners
 * with data directories of their own join, and status, leave and a restart do what they say.
 */
@Timeout(180)
class ClassCommandIT {
  private static final String ADDRESS = "127.0.0.1:22712";

  @TempDir Path teacherHome;
  @TempDir Path aikoHome;
  @TempDir Path benHome;

  @Test
  void twoLearnersJoinAndTheTeacherSeesThem() throws Exception {
    Path lessons = Files.createDirectories(teacherHome.resolve("course"));
    Files.writeString(lessons.resolve("notes.md"), "# Notes\n");
    Path log = teacherHome.resolve("serve.log");
    Process server = serve(log, lessons);
    try {
      String printed = Launcher.awaitOutput(log, "docklab class join ");
      String code = Launcher.classCode(printed);
      assertTrue(printed.contains("http://" + ADDRESS + "/#t=dlT_"), printed);
      assertTrue(printed.contains("docklab class join http://" + ADDRESS + " " + code), printed);

      Launcher.Run aiko =
          Launcher.run(
              Launcher.home(aikoHome),
              "--lang",
              "en",
              "class",
              "join",
              "http://" + ADDRESS,
              code,
              "--name",
              "Aiko");
      assertEquals(0, aiko.exitCode(), aiko.output());
      assertTrue(aiko.output().contains("1 lesson file(s)"), aiko.output());
      assertTrue(
          aiko.output().contains("a failed check: its expected-versus-found line"), aiko.output());
      Path token = aikoHome.resolve("classroom/token");
      assertEquals(
          "rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(token)));
      assertEquals(
          "# Notes\n",
          Files.readString(
              aikoHome.resolve("classroom/lessons/course/notes.md"), StandardCharsets.UTF_8));
      Launcher.Run ben =
          Launcher.run(
              Launcher.home(benHome),
              "--lang",
              "en",
              "class",
              "join",
              "http://" + ADDRESS,
              code,
              "--name",
              "<b>Ben</b>");
      assertEquals(0, ben.exitCode(), ben.output());

      Launcher.Run csv =
          Launcher.run(Launcher.home(teacherHome), "--lang", "en", "class", "status", "--csv");
      assertEquals(0, csv.exitCode(), csv.output());
      assertTrue(csv.output().contains(",Aiko,"), csv.output());
      assertTrue(csv.output().contains(",<b>Ben</b>,"), csv.output());
      Launcher.Run status =
          Launcher.run(Launcher.home(aikoHome), "--lang", "en", "class", "status");
      assertTrue(status.output().contains("nothing waiting to be sent"), status.output());

      Launcher.Run leave = Launcher.run(Launcher.home(aikoHome), "--lang", "en", "class", "leave");
      assertEquals(0, leave.exitCode(), leave.output());
      assertFalse(Files.exists(token));
      assertFalse(Files.exists(aikoHome.resolve("classroom/lessons")));
      Launcher.Run table =
          Launcher.run(Launcher.home(teacherHome), "--lang", "en", "class", "status");
      assertTrue(table.output().contains("Aiko (left)"), table.output());

      Launcher.stop(server);
      assertFalse(Files.exists(teacherHome.resolve("classroom/serving.json")));
      Path again = teacherHome.resolve("again.log");
      server = serve(again, lessons);
      assertTrue(
          Launcher.awaitOutput(again, "docklab class join ").contains("Class code: " + code));
    } finally {
      Launcher.stop(server);
    }
  }

  private Process serve(Path log, Path lessons) throws Exception {
    return Launcher.start(
        log,
        Launcher.home(teacherHome),
        "--lang",
        "en",
        "--lessons",
        lessons.toString(),
        "class",
        "serve",
        "--listen",
        ADDRESS,
        "--name",
        "Docker 101");
  }
}
