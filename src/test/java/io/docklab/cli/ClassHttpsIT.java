package io.docklab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.docklab.classroom.SelfSigned;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The class over HTTPS through the built launcher, on port 22791: a self-signed certificate made
 * here with openssl; the server prints https:// links; a learner joins with {@code --ca} and its
 * events reach the teacher's table; a learner without it, or with another certificate, is refused
 * in one line saying what to do; bad PEM files stop {@code class serve} in one line naming the
 * file.
 */
@Timeout(180)
class ClassHttpsIT {
  private static final String ADDRESS = "127.0.0.1:22791";

  @TempDir Path teacherHome;
  @TempDir Path aikoHome;
  @TempDir Path benHome;
  @TempDir Path certificates;

  @Test
  void learnersJoinOverHttpsWithTheTeachersCertificate() throws Exception {
    Path cert = certificates.resolve("cert.pem");
    Path key = certificates.resolve("key.pem");
    SelfSigned.make(cert, key, "127.0.0.1");
    Path otherCert = certificates.resolve("other.pem");
    SelfSigned.make(otherCert, certificates.resolve("other-key.pem"), "127.0.0.1");

    Path log = teacherHome.resolve("serve.log");
    Process server =
        Launcher.start(
            log,
            Launcher.home(teacherHome),
            "--lang",
            "en",
            "class",
            "serve",
            "--listen",
            ADDRESS,
            "--name",
            "Docker 101",
            "--tls-cert",
            cert.toString(),
            "--tls-key",
            key.toString());
    try {
      String printed = Launcher.awaitOutput(log, "docklab class join ");
      String code = Launcher.classCode(printed);
      assertTrue(printed.contains("https://" + ADDRESS + "/#t=dlT_"), printed);
      assertTrue(printed.contains("docklab class join https://" + ADDRESS + " " + code), printed);
      String url = "https://" + ADDRESS;

      // Without --ca: the self-signed certificate is not trusted, and the line says what to do.
      Launcher.Run untrusted =
          Launcher.run(
              Launcher.home(benHome), "--lang", "en", "class", "join", url, code, "--name", "Ben");
      assertEquals(1, untrusted.exitCode(), untrusted.output());
      assertTrue(untrusted.output().contains("join with --ca FILE"), untrusted.output());
      assertEquals(1, untrusted.output().strip().lines().count(), untrusted.output());
      assertFalse(Files.exists(benHome.resolve("classroom/token")));

      // With another certificate: refused, in one line.
      Launcher.Run wrong =
          Launcher.run(
              Launcher.home(benHome),
              "--lang",
              "en",
              "class",
              "join",
              url,
              code,
              "--name",
              "Ben",
              "--ca",
              otherCert.toString());
      assertEquals(1, wrong.exitCode(), wrong.output());
      assertTrue(wrong.output().contains("is not the one in " + otherCert), wrong.output());
      assertEquals(1, wrong.output().strip().lines().count(), wrong.output());

      // With the teacher's certificate: joined, the certificate kept for later sends.
      Launcher.Run aiko =
          Launcher.run(
              Launcher.home(aikoHome),
              "--lang",
              "en",
              "class",
              "join",
              url,
              code,
              "--name",
              "Aiko",
              "--ca",
              cert.toString());
      assertEquals(0, aiko.exitCode(), aiko.output());
      assertTrue(aiko.output().contains("Joined “Docker 101”"), aiko.output());
      assertEquals(
          Files.readString(cert, StandardCharsets.UTF_8),
          Files.readString(aikoHome.resolve("classroom/ca.pem"), StandardCharsets.UTF_8));

      // Events go over HTTPS with the kept certificate (the outbox, as the lab leaves it).
      Files.writeString(
          aikoHome.resolve("classroom/outbox.jsonl"),
          "{\"seq\":1,\"kind\":\"step-started\",\"lesson\":\"get-started\",\"step\":\"intro\","
              + "\"time\":\"2026-12-02T04:00:00Z\"}\n",
          StandardCharsets.UTF_8);
      Launcher.Run pending =
          Launcher.run(Launcher.home(aikoHome), "--lang", "en", "class", "status");
      assertTrue(pending.output().contains("1 event(s) waiting"), pending.output());
      sendOutbox(aikoHome);
      Launcher.Run sent = Launcher.run(Launcher.home(aikoHome), "--lang", "en", "class", "status");
      assertTrue(sent.output().contains("nothing waiting to be sent"), sent.output());

      // The teacher's own status reads the table over HTTPS, trusting the server's certificate.
      Launcher.Run table =
          Launcher.run(Launcher.home(teacherHome), "--lang", "en", "class", "status", "--csv");
      assertEquals(0, table.exitCode(), table.output());
      assertTrue(table.output().contains(",Aiko,"), table.output());
      assertTrue(table.output().contains(",current"), table.output());

      Launcher.Run leave = Launcher.run(Launcher.home(aikoHome), "--lang", "en", "class", "leave");
      assertEquals(0, leave.exitCode(), leave.output());
      assertFalse(leave.output().contains("was not told"), leave.output());
      assertFalse(Files.exists(aikoHome.resolve("classroom/ca.pem")));
    } finally {
      Launcher.stop(server);
    }
  }

  @Test
  void badPemFilesAreOneLineNamingTheFile() throws Exception {
    Path cert = certificates.resolve("cert.pem");
    Path key = certificates.resolve("key.pem");
    SelfSigned.make(cert, key, "127.0.0.1");
    Path notPem = Files.writeString(certificates.resolve("notes.txt"), "hello\n");

    Launcher.Run swapped = serve(key, cert);
    assertEquals(2, swapped.exitCode(), swapped.output());
    assertEquals(
        "docklab class serve: "
            + key
            + ": expected a PEM certificate (-----BEGIN CERTIFICATE-----), found none.",
        swapped.output().strip());

    Launcher.Run text = serve(cert, notPem);
    assertEquals(2, text.exitCode(), text.output());
    assertEquals(
        "docklab class serve: " + notPem + ": expected a PEM file (-----BEGIN …-----), found none.",
        text.output().strip());

    Path otherKey = certificates.resolve("other-key.pem");
    SelfSigned.make(certificates.resolve("other.pem"), otherKey, "127.0.0.1");
    Launcher.Run mismatched = serve(cert, otherKey);
    assertEquals(2, mismatched.exitCode(), mismatched.output());
    assertTrue(
        mismatched
            .output()
            .strip()
            .endsWith("expected the private key of the certificate, found another key."),
        mismatched.output());
    assertEquals(1, mismatched.output().strip().lines().count(), mismatched.output());

    Launcher.Run ja =
        Launcher.run(
            Launcher.home(teacherHome),
            "--lang",
            "ja",
            "class",
            "serve",
            "--listen",
            ADDRESS,
            "--tls-cert",
            cert.toString());
    assertEquals(2, ja.exitCode(), ja.output());
    assertTrue(ja.output().contains("--tls-cert と --tls-key は両方指定してください"), ja.output());
  }

  private Launcher.Run serve(Path cert, Path key) throws Exception {
    return Launcher.run(
        Launcher.home(teacherHome),
        "--lang",
        "en",
        "class",
        "serve",
        "--listen",
        ADDRESS,
        "--tls-cert",
        cert.toString(),
        "--tls-key",
        key.toString());
  }

  /** Sends the learner's outbox as the lab would: `docklab class status` does not, the lab does. */
  private static void sendOutbox(Path home) throws Exception {
    io.docklab.classroom.learner.ClassroomFiles files =
        io.docklab.classroom.learner.ClassroomFiles.in(home);
    io.docklab.classroom.learner.Membership membership =
        io.docklab.classroom.learner.Membership.load(files).orElseThrow();
    new io.docklab.classroom.learner.Outbox(files)
        .send(
            io.docklab.classroom.learner.ClassClient.of(membership, files),
            membership.learner(),
            membership.token());
  }
}
