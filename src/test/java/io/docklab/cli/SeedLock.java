package io.docklab.cli;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The exclusive lock on {@code /tmp/docklab-seed.lock} that anything running the seed lessons
 * holds: they use fixed names (python-demo, friendlyhello) and port 4000.
 */
public final class SeedLock implements AutoCloseable {
  private static final Path FILE = Path.of("/tmp/docklab-seed.lock");

  private final FileChannel channel;
  private final FileLock lock;

  private SeedLock(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  /** Waits for the lock. */
  public static SeedLock acquire() throws IOException {
    FileChannel channel =
        FileChannel.open(FILE, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    return new SeedLock(channel, channel.lock());
  }

  @Override
  public void close() throws IOException {
    lock.release();
    channel.close();
  }
}
