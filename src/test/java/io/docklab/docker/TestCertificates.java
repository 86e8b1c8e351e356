package io.docklab.docker;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A certificate authority, a server certificate for 127.0.0.1 and a client certificate, made with
 * {@code openssl} as the Docker documentation makes them ("Protect the Docker daemon socket"):
 * {@code ca.pem}, {@code cert.pem} and {@code key.pem} for the client (what {@code
 * DOCKER_CERT_PATH} names), {@code server.p12} for the server.
 */
final class TestCertificates {
  static final String PASSWORD = "docklab";

  private TestCertificates() {}

  static Path make(Path directory) throws IOException, InterruptedException {
    Files.writeString(directory.resolve("server.ext"), "subjectAltName=IP:127.0.0.1\n");
    Files.writeString(directory.resolve("client.ext"), "extendedKeyUsage=clientAuth\n");
    openssl(directory, "genrsa", "-out", "ca-key.pem", "2048");
    openssl(
        directory,
        "req",
        "-new",
        "-x509",
        "-days",
        "2",
        "-key",
        "ca-key.pem",
        "-sha256",
        "-subj",
        "/CN=docklab test CA",
        "-out",
        "ca.pem");
    signed(directory, "server", "/CN=127.0.0.1", "server.ext");
    signed(directory, "client", "/CN=docklab-client", "client.ext");
    Files.copy(directory.resolve("client-cert.pem"), directory.resolve("cert.pem"));
    Files.copy(directory.resolve("client-key.pem"), directory.resolve("key.pem"));
    openssl(
        directory,
        "pkcs12",
        "-export",
        "-in",
        "server-cert.pem",
        "-inkey",
        "server-key.pem",
        "-passout",
        "pass:" + PASSWORD,
        "-out",
        "server.p12");
    return directory;
  }

  private static void signed(Path directory, String name, String subject, String extensions)
      throws IOException, InterruptedException {
    openssl(directory, "genrsa", "-out", name + "-key.pem", "2048");
    openssl(
        directory,
        "req",
        "-new",
        "-key",
        name + "-key.pem",
        "-subj",
        subject,
        "-out",
        name + ".csr");
    openssl(
        directory,
        "x509",
        "-req",
        "-days",
        "2",
        "-sha256",
        "-in",
        name + ".csr",
        "-CA",
        "ca.pem",
        "-CAkey",
        "ca-key.pem",
        "-CAcreateserial",
        "-extfile",
        extensions,
        "-out",
        name + "-cert.pem");
  }

  private static void openssl(Path directory, String... arguments)
      throws IOException, InterruptedException {
    List<String> command = new java.util.ArrayList<>(List.of("openssl"));
    command.addAll(List.of(arguments));
    Process process =
        new ProcessBuilder(command)
            .directory(directory.toFile())
            .redirectErrorStream(true)
            .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
            .start();
    byte[] output = process.getInputStream().readAllBytes();
    if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
      throw new IOException(String.join(" ", command) + ": " + new String(output));
    }
  }
}
