package io.docklab.classroom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Self-signed RSA certificates made with {@code openssl}, for the tests of the class's HTTPS. */
public final class SelfSigned {
  /** Writes a certificate for the address {@code ip} to {@code cert} and its key to {@code key}. */
  public static void make(Path cert, Path key, String ip) throws Exception {
    Process openssl =
        new ProcessBuilder(
                List.of(
                    "openssl",
                    "req",
                    "-x509",
                    "-newkey",
                    "rsa:2048",
                    "-nodes",
                    "-days",
                    "2",
                    "-subj",
                    "/CN=docklab test",
                    "-addext",
                    "subjectAltName=IP:" + ip,
                    "-keyout",
                    key.toString(),
                    "-out",
                    cert.toString()))
            .redirectErrorStream(true)
            .start();
    String output = new String(openssl.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(openssl.waitFor(60, TimeUnit.SECONDS), "openssl did not finish");
    assertEquals(0, openssl.exitValue(), output);
  }

  private SelfSigned() {}
}
