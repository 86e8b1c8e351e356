package io.docklab.check;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.model.Frame;
import io.docklab.util.AnsiText;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/** A container's logs (output and error output) as text, escape codes removed. */
final class ContainerLogs {
  /** Only the end of long logs is compared. */
  static final int MAX_BYTES = 1024 * 1024;

  private static final long READ_SECONDS = 10;

  private ContainerLogs() {}

  static String read(DockerClient client, String containerId) throws InterruptedException {
    Collector collector = new Collector();
    client
        .logContainerCmd(containerId)
        .withStdOut(true)
        .withStdErr(true)
        .withFollowStream(false)
        .exec(collector)
        .awaitCompletion(READ_SECONDS, TimeUnit.SECONDS);
    return AnsiText.strip(collector.text());
  }

  private static final class Collector extends ResultCallback.Adapter<Frame> {
    private final StringBuilder text = new StringBuilder();

    @Override
    public synchronized void onNext(Frame frame) {
      text.append(new String(frame.getPayload(), StandardCharsets.UTF_8));
      if (text.length() > MAX_BYTES * 2) {
        text.delete(0, text.length() - MAX_BYTES);
      }
    }

    synchronized String text() {
      return text.length() > MAX_BYTES
          ? text.substring(text.length() - MAX_BYTES)
          : text.toString();
    }
  }
}
