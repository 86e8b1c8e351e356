package io.docklab.classroom.server;

import io.docklab.classroom.Pem;
import io.docklab.classroom.Pem.BadPem;
import io.docklab.i18n.Messages;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.Certificate;
import java.util.Base64;
import java.util.List;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.ssl.SslContextFactory;

/**
 * The class served over HTTPS ({@code class serve --tls-cert FILE --tls-key FILE}): the PEM
 * certificate chain and its private key, read and checked to belong together before the server
 * starts, and the Jetty connector that serves with them.
 */
public final class TlsFiles {
  private final Path certificate;
  private final KeyStore store;
  private final String password;

  private TlsFiles(Path certificate, KeyStore store, String password) {
    this.certificate = certificate;
    this.store = store;
    this.password = password;
  }

  /** Reads {@code certificate} and {@code key}; a file that will not do is one line naming it. */
  public static TlsFiles read(Path certificate, Path key) throws BadPem {
    List<Certificate> chain = Pem.certificates(certificate);
    PrivateKey privateKey = Pem.privateKey(key);
    if (!belongTogether(privateKey, chain.get(0))) {
      throw new BadPem(Messages.get("class.pem.keyMismatch", certificate, key));
    }
    byte[] random = new byte[24];
    new SecureRandom().nextBytes(random);
    String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    try {
      return new TlsFiles(
          certificate.toAbsolutePath(),
          Pem.keyStore(privateKey, chain, password.toCharArray()),
          password);
    } catch (GeneralSecurityException e) {
      throw new BadPem(Messages.get("class.pem.untrustable", certificate, e.getMessage()));
    }
  }

  /** The certificate file, for the teacher's own {@code class status} to trust. */
  public Path certificate() {
    return certificate;
  }

  /** The HTTPS connector on {@code host}:{@code port} (0: any free port). */
  Connector connector(Server server, HttpConfiguration http, String host, int port) {
    SslContextFactory.Server ssl = new SslContextFactory.Server();
    ssl.setKeyStore(store);
    ssl.setKeyStorePassword(password);
    ssl.setKeyManagerPassword(password);
    HttpConfiguration https = new HttpConfiguration(http);
    SecureRequestCustomizer secure = new SecureRequestCustomizer();
    // A learner may reach the server by an address the certificate does not name as SNI.
    secure.setSniHostCheck(false);
    https.addCustomizer(secure);
    ServerConnector connector =
        new ServerConnector(
            server, new SslConnectionFactory(ssl, "http/1.1"), new HttpConnectionFactory(https));
    connector.setHost(host);
    connector.setPort(port);
    return connector;
  }

  /** Whether {@code key} signs what the certificate's public key verifies. */
  private static boolean belongTogether(PrivateKey key, Certificate certificate) {
    String algorithm =
        switch (key.getAlgorithm()) {
          case "RSA" -> "SHA256withRSA";
          case "EC" -> "SHA256withECDSA";
          default -> key.getAlgorithm(); // Ed25519, EdDSA
        };
    try {
      byte[] probe = "docklab".getBytes(StandardCharsets.US_ASCII);
      Signature signer = Signature.getInstance(algorithm);
      signer.initSign(key);
      signer.update(probe);
      byte[] signature = signer.sign();
      Signature verifier = Signature.getInstance(algorithm);
      verifier.initVerify(certificate.getPublicKey());
      verifier.update(probe);
      return verifier.verify(signature);
    } catch (GeneralSecurityException e) {
      return false;
    }
  }
}
