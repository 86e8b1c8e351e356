package io.docklab.importer.killercoda;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
class PathSpansTest {
  @Test
  void aPathTheCommandsUseOnlyInAContainerStays() {
    PathSpans spans = new PathSpans();
    spans.read("docker run -d -v data:/root/data -v /root/site:/usr/share/nginx/html nginx");
    spans.read("cat <<EOF > /root/app/Dockerfile\nFROM busybox\nWORKDIR /root/work\nEOF");
    assertEquals(
        "mounted at `/root/data`, served from `site`, built in `app`, working in `/root/work`;"
            + " home is `.`, notes in `notes.txt`, run `ls notes`",
        spans.inText(
            "mounted at `/root/data`, served from `/root/site`, built in `/root/app`, working in"
                + " `/root/work`; home is `/root`, notes in `/root/notes.txt`, run `ls notes`"));
  }
}
