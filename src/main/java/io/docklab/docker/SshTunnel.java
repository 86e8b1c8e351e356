package io.docklab.docker;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.URI;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * An engine at {@code ssh://[user@]host[:port]}, reached as the docker CLI reaches it: each
 * connection is one {@code ssh … docker system dial-stdio} on the remote machine, here bridged to a
 * private local socket that docker-java connects to. The {@code ssh} client reads its own
 * configuration, keys and known hosts; {@code DOCKLAB_SSH_OPTIONS} adds options (split on blanks).
 */
final class SshTunnel implements AutoCloseable {
  static final String OPTIONS = "DOCKLAB_SSH_OPTIONS";

  private final List<String> command;
  private final Path directory;
  private final Path socket;
  private final ServerSocketChannel server;
  private final List<Process> processes = new ArrayList<>();
  private volatile String failure;

  private SshTunnel(List<String> command, Path directory, ServerSocketChannel server, Path socket) {
    this.command = command;
    this.directory = directory;
    this.server = server;
    this.socket = socket;
  }

  static SshTunnel open(EngineAddress address) {
    return open(address, System.getenv());
  }

  static SshTunnel open(EngineAddress address, Map<String, String> environment) {
    List<String> command = command(address.uri(), environment.get(OPTIONS));
    try {
      Path directory =
          Files.createTempDirectory(
              "docklab-ssh-",
              PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
      Path socket = directory.resolve("docker.sock");
      ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
      server.bind(UnixDomainSocketAddress.of(socket));
      SshTunnel tunnel = new SshTunnel(command, directory, server, socket);
      Thread acceptor = new Thread(tunnel::accept, "docklab-ssh-tunnel");
      acceptor.setDaemon(true);
      acceptor.start();
      return tunnel;
    } catch (IOException failed) {
      throw new EngineUnreachableException(
          address.toString(), "no local socket for ssh: " + failed.getMessage(), failed);
    }
  }

  /** {@code ssh [-l user] [-p port] [options] -- host docker system dial-stdio}. */
  static List<String> command(URI uri, String options) {
    List<String> command = new ArrayList<>(List.of("ssh", "-T", "-o", "ConnectTimeout=30"));
    if (uri.getUserInfo() != null && !uri.getUserInfo().isBlank()) {
      command.addAll(List.of("-l", uri.getUserInfo()));
    }
    if (uri.getPort() > 0) {
      command.addAll(List.of("-p", Integer.toString(uri.getPort())));
    }
    if (options != null && !options.isBlank()) {
      command.addAll(Arrays.asList(options.strip().split("\\s+")));
    }
    command.addAll(List.of("--", uri.getHost(), "docker", "system", "dial-stdio"));
    return List.copyOf(command);
  }

  /** What ssh said last on its error output ({@code Connection refused}, …), or null. */
  String failure() {
    return failure;
  }

  private void keepLastError(Process ssh) {
    Thread reader =
        new Thread(
            () -> {
              try (var lines =
                  new java.io.BufferedReader(
                      new java.io.InputStreamReader(
                          ssh.getErrorStream(), java.nio.charset.StandardCharsets.UTF_8))) {
                for (String line; (line = lines.readLine()) != null; ) {
                  if (!line.isBlank()) {
                    failure = line.strip();
                  }
                }
              } catch (IOException ended) {
                // ssh ended.
              }
            },
            "docklab-ssh-errors");
    reader.setDaemon(true);
    reader.start();
  }

  /** The local socket docker-java connects to. */
  URI socket() {
    return URI.create("unix://" + socket);
  }

  private void accept() {
    while (server.isOpen()) {
      try {
        SocketChannel connection = server.accept();
        bridge(connection);
      } catch (IOException closed) {
        return;
      }
    }
  }

  /** One connection: its own ssh, bytes copied both ways until either side ends. */
  private void bridge(SocketChannel connection) throws IOException {
    Process ssh = new ProcessBuilder(command).start();
    keepLastError(ssh);
    synchronized (processes) {
      processes.add(ssh);
    }
    Runnable end =
        () -> {
          ssh.destroy();
          try {
            connection.close();
          } catch (IOException ignored) {
            // Closed already.
          }
        };
    ByteBridge.join(connection, ssh.getInputStream(), ssh.getOutputStream(), end);
  }

  @Override
  public void close() throws IOException {
    server.close();
    synchronized (processes) {
      processes.forEach(Process::destroy);
    }
    Files.deleteIfExists(socket);
    Files.deleteIfExists(directory);
  }
}
