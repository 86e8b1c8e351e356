package io.docklab.docker;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;

/**
 * Copies bytes between a socket channel and a pair of streams, one thread each way, until either
 * side ends; then {@code end} runs. The channel is read and written directly: {@code
 * Channels.newInputStream} would hold the channel's lock while it waits, and block the other way.
 */
final class ByteBridge {
  private ByteBridge() {}

  static void join(SocketChannel channel, InputStream in, OutputStream out, Runnable end) {
    start(
        "docklab-bridge-in",
        () -> {
          ByteBuffer buffer = ByteBuffer.allocate(16384);
          while (channel.read(buffer) >= 0) {
            out.write(buffer.array(), 0, buffer.position());
            out.flush();
            buffer.clear();
          }
        },
        end);
    start(
        "docklab-bridge-out",
        () -> {
          byte[] bytes = new byte[16384];
          for (int read; (read = in.read(bytes)) >= 0; ) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes, 0, read);
            while (buffer.hasRemaining()) {
              channel.write(buffer);
            }
          }
        },
        end);
  }

  private interface Copy {
    void run() throws IOException;
  }

  private static void start(String name, Copy copy, Runnable end) {
    Thread thread =
        new Thread(
            () -> {
              try {
                copy.run();
              } catch (IOException ended) {
                // One side went away: the connection is over.
              } finally {
                end.run();
              }
            },
            name);
    thread.setDaemon(true);
    thread.start();
  }
}
