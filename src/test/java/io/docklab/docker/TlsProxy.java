package io.docklab.docker;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.TrustManagerFactory;

/**
 * The engine behind TLS as {@code dockerd --tlsverify -H tcp://127.0.0.1:PORT} serves it: a TLS
 * server on the loopback that demands a client certificate signed by the test's authority and
 * passes each connection on to {@code /var/run/docker.sock}.
 */
final class TlsProxy implements AutoCloseable {
  private static final Path ENGINE = Path.of("/var/run/docker.sock");
  private final SSLServerSocket server;

  TlsProxy(Path certificates, int port) throws Exception {
    KeyStore identity = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(certificates.resolve("server.p12"))) {
      identity.load(in, TestCertificates.PASSWORD.toCharArray());
    }
    KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
    keys.init(identity, TestCertificates.PASSWORD.toCharArray());
    KeyStore authority = KeyStore.getInstance(KeyStore.getDefaultType());
    authority.load(null, null);
    try (InputStream in = Files.newInputStream(certificates.resolve("ca.pem"))) {
      authority.setCertificateEntry(
          "ca", (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in));
    }
    TrustManagerFactory trust =
        TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    trust.init(authority);
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(keys.getKeyManagers(), trust.getTrustManagers(), null);
    server =
        (SSLServerSocket)
            context
                .getServerSocketFactory()
                .createServerSocket(port, 50, InetAddress.getLoopbackAddress());
    server.setNeedClientAuth(true);
    Thread acceptor = new Thread(this::accept, "tls-proxy");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  private void accept() {
    while (!server.isClosed()) {
      try {
        Socket client = server.accept();
        SocketChannel engine = SocketChannel.open(StandardProtocolFamily.UNIX);
        engine.connect(UnixDomainSocketAddress.of(ENGINE));
        ByteBridge.join(
            engine, client.getInputStream(), client.getOutputStream(), () -> close(client, engine));
      } catch (IOException closed) {
        if (server.isClosed()) {
          return;
        }
      }
    }
  }

  private static void close(Socket client, SocketChannel engine) {
    try {
      client.close();
      engine.close();
    } catch (IOException ignored) {
      // Closed already.
    }
  }

  @Override
  public void close() throws IOException {
    server.close();
  }
}
