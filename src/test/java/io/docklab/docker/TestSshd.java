package io.docklab.docker;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * An {@code sshd} of the test's own on 127.0.0.1: its own configuration, host key and authorized
 * key, made in a temporary directory; the system's sshd and its configuration are not touched.
 */
final class TestSshd implements AutoCloseable {
  private final Path directory;
  private final int port;
  private final Process sshd;

  TestSshd(Path directory, int port) throws IOException, InterruptedException {
    this.directory = directory;
    this.port = port;
    run("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", path("host_key"));
    run("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", path("id"));
    Files.copy(directory.resolve("id.pub"), directory.resolve("authorized_keys"));
    Files.setPosixFilePermissions(
        directory.resolve("authorized_keys"), PosixFilePermissions.fromString("rw-------"));
    Files.writeString(
        directory.resolve("sshd_config"),
        String.join(
            "\n",
            "ListenAddress 127.0.0.1",
            "Port " + port,
            "HostKey " + path("host_key"),
            "PidFile " + path("sshd.pid"),
            "AuthorizedKeysFile " + path("authorized_keys"),
            "StrictModes no",
            "PasswordAuthentication no",
            "KbdInteractiveAuthentication no",
            "PermitRootLogin prohibit-password",
            "UsePAM no",
            ""));
    // sshd insists on its privilege separation directory; Debian makes it only when its own
    // service starts.
    Files.createDirectories(Path.of("/run/sshd"));
    sshd =
        new ProcessBuilder(
                "/usr/sbin/sshd", "-D", "-e", "-f", path("sshd_config"), "-E", path("sshd.log"))
            .redirectErrorStream(true)
            .redirectOutput(directory.resolve("sshd.out").toFile())
            .start();
    awaitListening(Duration.ofSeconds(10));
  }

  /** The options that make {@code ssh} use this server's key and ignore the user's files. */
  String clientOptions() {
    return String.join(
        " ",
        "-F",
        "/dev/null",
        "-i",
        path("id"),
        "-o",
        "IdentitiesOnly=yes",
        "-o",
        "BatchMode=yes",
        "-o",
        "StrictHostKeyChecking=no",
        "-o",
        "UserKnownHostsFile=/dev/null",
        "-o",
        "LogLevel=ERROR");
  }

  int port() {
    return port;
  }

  String log() throws IOException {
    Path log = directory.resolve("sshd.log");
    return Files.exists(log) ? Files.readString(log) : "";
  }

  private void awaitListening(Duration timeout) throws IOException {
    Instant deadline = Instant.now().plus(timeout);
    while (Instant.now().isBefore(deadline)) {
      if (!sshd.isAlive()) {
        throw new IOException(
            "sshd ended: " + log() + Files.readString(directory.resolve("sshd.out")));
      }
      try (Socket probe = new Socket(InetAddress.getLoopbackAddress(), port)) {
        return;
      } catch (IOException notYet) {
        Thread.onSpinWait();
      }
    }
    throw new IOException("sshd not listening on " + port + " within " + timeout);
  }

  private String path(String name) {
    return directory.resolve(name).toString();
  }

  private static void run(String... command) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(List.of(command)).redirectErrorStream(true).start();
    byte[] output = process.getInputStream().readAllBytes();
    if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
      throw new IOException(String.join(" ", command) + ": " + new String(output));
    }
  }

  @Override
  public void close() throws InterruptedException {
    sshd.destroy();
    if (!sshd.waitFor(5, TimeUnit.SECONDS)) {
      sshd.destroyForcibly();
    }
  }
}
