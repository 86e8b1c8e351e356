package io.docklab.prepare;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.docklab.i18n.Messages;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ImagePreparerTest {
  @BeforeEach
  void english() {
    Messages.use(Locale.ENGLISH);
  }

  @Test
  void anUnreachableRegistryIsSaidShortly() {
    String engine =
        "Get \"https://registry-1.docker.io/v2/\": dial tcp: lookup registry-1.docker.io on"
            + " 10.0.0.53:53: no such host";
    assertEquals(
        "no registry reachable at registry-1.docker.io", ImagePreparer.pullFailure(engine));
  }

  @Test
  void otherReasonsKeepTheirFirstLine() {
    assertEquals(
        "manifest for python:nope not found",
        ImagePreparer.pullFailure("manifest for python:nope not found\nmore"));
  }
}
