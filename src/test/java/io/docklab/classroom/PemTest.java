package io.docklab.classroom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.docklab.classroom.Pem.BadPem;
import io.docklab.classroom.server.TlsFiles;
import io.docklab.i18n.Messages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** PEM files for HTTPS: what will not do is one line naming the file and what was expected. */
@Timeout(60)
class PemTest {
  @TempDir Path directory;
  private Locale before;

  @BeforeEach
  void english() {
    before = Messages.locale();
    Messages.use(Locale.ENGLISH);
  }

  @AfterEach
  void restore() {
    Messages.use(before);
  }

  @Test
  void aCertificateAndItsKeyAreTakenAnotherKeyIsNot() throws Exception {
    Path cert = directory.resolve("cert.pem");
    Path key = directory.resolve("key.pem");
    SelfSigned.make(cert, key, "127.0.0.1");
    assertEquals(1, Pem.certificates(cert).size());
    assertEquals("RSA", Pem.privateKey(key).getAlgorithm());
    TlsFiles.read(cert, key);
    Pem.trusting(cert);

    Path otherCert = directory.resolve("other.pem");
    Path otherKey = directory.resolve("other-key.pem");
    SelfSigned.make(otherCert, otherKey, "127.0.0.1");
    BadPem mismatch = assertThrows(BadPem.class, () -> TlsFiles.read(cert, otherKey));
    assertEquals(
        cert
            + " and "
            + otherKey
            + ": expected the private key of the certificate, found another key.",
        mismatch.getMessage());
  }

  @Test
  void filesThatWillNotDoSayWhatWasExpected() throws Exception {
    Path text = Files.writeString(directory.resolve("notes.txt"), "hello\n");
    assertEquals(
        text + ": expected a PEM file (-----BEGIN …-----), found none.",
        assertThrows(BadPem.class, () -> Pem.certificates(text)).getMessage());
    Path rsa =
        Files.writeString(
            directory.resolve("rsa.pem"),
            "-----BEGIN RSA PRIVATE KEY-----\nAAAA\n-----END RSA PRIVATE KEY-----\n");
    String old = assertThrows(BadPem.class, () -> Pem.privateKey(rsa)).getMessage();
    assertTrue(old.startsWith(rsa + ": expected an unencrypted PKCS #8 key"), old);
    assertTrue(old.contains("openssl pkcs8 -topk8 -nocrypt -in " + rsa), old);
    assertEquals(
        rsa + ": expected a PEM certificate (-----BEGIN CERTIFICATE-----), found none.",
        assertThrows(BadPem.class, () -> Pem.certificates(rsa)).getMessage());
    Path missing = directory.resolve("missing.pem");
    String unreadable = assertThrows(BadPem.class, () -> Pem.trusting(missing)).getMessage();
    assertTrue(unreadable.startsWith(missing + ": cannot be read"), unreadable);
    assertEquals(1, unreadable.lines().count());
  }
}
