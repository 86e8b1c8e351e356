package io.docklab.classroom;

import io.docklab.i18n.Messages;
import io.docklab.util.FileFaults;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * PEM files for the class over HTTPS: the teacher's certificate chain and private key ({@code class
 * serve --tls-cert/--tls-key}), and the certificate a learner trusts ({@code class join --ca}). A
 * file that is not what is expected is a {@link BadPem} naming the file and what was expected.
 */
public final class Pem {
  private static final Pattern BLOCK =
      Pattern.compile("-----BEGIN ([A-Z0-9 ]+)-----([^-]*)-----END \\1-----");

  private Pem() {}

  /** A PEM file that cannot be used: the message names the file and what it should hold. */
  public static final class BadPem extends Exception {
    public BadPem(String message) {
      super(message);
    }
  }

  /** The certificates in {@code file}, in order; at least one. */
  public static List<Certificate> certificates(Path file) throws BadPem {
    List<Certificate> certificates = new ArrayList<>();
    try {
      CertificateFactory factory = CertificateFactory.getInstance("X.509");
      for (Block block : blocks(file)) {
        if (block.type().equals("CERTIFICATE")) {
          certificates.add(factory.generateCertificate(new ByteArrayInputStream(block.der())));
        }
      }
    } catch (CertificateException e) {
      throw new BadPem(Messages.get("class.pem.badCertificate", file));
    }
    if (certificates.isEmpty()) {
      throw new BadPem(Messages.get("class.pem.noCertificate", file));
    }
    return certificates;
  }

  /** The private key in {@code file}: PKCS #8 ({@code BEGIN PRIVATE KEY}), RSA, EC or Ed25519. */
  public static PrivateKey privateKey(Path file) throws BadPem {
    for (Block block : blocks(file)) {
      if (block.type().equals("PRIVATE KEY")) {
        for (String algorithm : List.of("RSA", "EC", "Ed25519", "EdDSA")) {
          try {
            return KeyFactory.getInstance(algorithm)
                .generatePrivate(new PKCS8EncodedKeySpec(block.der()));
          } catch (GeneralSecurityException notThisOne) {
            // the next algorithm
          }
        }
        throw new BadPem(Messages.get("class.pem.keyAlgorithm", file));
      }
      if (block.type().endsWith("PRIVATE KEY")) {
        throw new BadPem(Messages.get("class.pem.keyFormat", file, block.type()));
      }
    }
    throw new BadPem(Messages.get("class.pem.noKey", file));
  }

  /** A key store holding {@code key} with its {@code chain}, under the alias "docklab". */
  public static KeyStore keyStore(PrivateKey key, List<Certificate> chain, char[] password)
      throws GeneralSecurityException {
    KeyStore store = KeyStore.getInstance("PKCS12");
    try {
      store.load(null, null);
    } catch (IOException impossible) {
      throw new GeneralSecurityException(impossible);
    }
    store.setKeyEntry("docklab", key, password, chain.toArray(Certificate[]::new));
    return store;
  }

  /** A TLS context that trusts the certificates in {@code file}, and those only. */
  public static SSLContext trusting(Path file) throws BadPem {
    List<Certificate> certificates = certificates(file);
    try {
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(null, null);
      for (int i = 0; i < certificates.size(); i++) {
        store.setCertificateEntry("ca-" + i, certificates.get(i));
      }
      TrustManagerFactory trust =
          TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      trust.init(store);
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(null, trust.getTrustManagers(), new SecureRandom());
      return context;
    } catch (GeneralSecurityException | IOException e) {
      throw new BadPem(Messages.get("class.pem.untrustable", file, e.getMessage()));
    }
  }

  private record Block(String type, byte[] der) {}

  private static List<Block> blocks(Path file) throws BadPem {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.US_ASCII);
    } catch (IOException e) {
      throw new BadPem(Messages.get("class.pem.unreadable", file, FileFaults.describe(e)));
    }
    List<Block> blocks = new ArrayList<>();
    Matcher matcher = BLOCK.matcher(text);
    while (matcher.find()) {
      try {
        blocks.add(
            new Block(matcher.group(1), Base64.getMimeDecoder().decode(matcher.group(2).strip())));
      } catch (IllegalArgumentException broken) {
        throw new BadPem(Messages.get("class.pem.broken", file));
      }
    }
    if (blocks.isEmpty()) {
      throw new BadPem(Messages.get("class.pem.none", file));
    }
    return blocks;
  }
}
