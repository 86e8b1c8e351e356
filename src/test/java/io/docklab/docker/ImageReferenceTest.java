package io.docklab.docker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ImageReferenceTest {
  @Test
  void aReferenceSplitsIntoRepositoryAndTag() {
    ImageReference python = ImageReference.parse("python:3.11-slim");
    assertEquals("python", python.repository());
    assertEquals("3.11-slim", python.tag());
    assertEquals("python:3.11-slim", python.toString());
  }

  @Test
  void aMissingTagMeansLatest() {
    assertEquals("latest", ImageReference.parse("python").tag());
    assertEquals("python-custom:latest", familiar("python-custom"));
    assertEquals("python-custom:latest", familiar("python-custom:latest"));
  }

  @Test
  void anOfficialImageLivesUnderLibraryOnDockerHub() {
    ImageReference python = ImageReference.parse("python");
    assertEquals("docker.io", python.registry());
    assertEquals("library/python", python.path());
    assertEquals("docker.io/library/python", python.qualifiedRepository());
    assertEquals("python", ImageReference.parse("docker.io/library/python:3").name());
  }

  @Test
  void dockerHubPrefixesAreDroppedFromTheShortForm() {
    assertEquals("python:latest", familiar("docker.io/library/python"));
    assertEquals("python:3.11-slim", familiar("library/python:3.11-slim"));
    assertEquals("learner/app:v1", familiar("docker.io/learner/app:v1"));
    assertEquals("learner/app:v1", familiar("index.docker.io/learner/app:v1"));
    assertEquals("python:3", familiar("registry-1.docker.io/library/python:3"));
    ImageReference hub = ImageReference.parse("learner/get-started");
    assertEquals("docker.io", hub.registry());
    assertEquals("learner/get-started", hub.path());
  }

  @Test
  void theFirstPartIsTheRegistryWhenItLooksLikeAHost() {
    ImageReference local = ImageReference.parse("127.0.0.1:5000/learner/python-dockerfile");
    assertEquals("127.0.0.1:5000", local.registry());
    assertEquals("learner/python-dockerfile", local.path());
    assertEquals("latest", local.tag());
    assertEquals("127.0.0.1:5000/learner/python-dockerfile", local.repository());
    assertEquals("registry.example.com", ImageReference.parse("registry.example.com/a").registry());
    assertEquals("localhost", ImageReference.parse("localhost/a").registry());
    assertEquals("a", ImageReference.parse("registry.example.com/a").path());
  }

  @Test
  void aRegistryPortIsNoTag() {
    assertEquals(
        "127.0.0.1:5000/learner/python-dockerfile:latest",
        familiar("127.0.0.1:5000/learner/python-dockerfile"));
    assertEquals("localhost:5000/a:v2", familiar("localhost:5000/a:v2"));
    ImageReference tagged = ImageReference.parse("127.0.0.1:5000/learner/get-started:part2");
    assertEquals("127.0.0.1:5000/learner/get-started", tagged.repository());
    assertEquals("part2", tagged.tag());
  }

  @Test
  void similarNamesStayApart() {
    String lesson = familiar("python-custom");
    assertNotEquals(lesson, familiar("python-custom2"));
    assertNotEquals(lesson, familiar("python-custom:other"));
    assertNotEquals(lesson, familiar("other/python-custom"));
  }

  @Test
  void aDigestReferenceKeepsItsDigestAndHasNoTag() {
    ImageReference pinned = ImageReference.parse("docker.io/library/python@sha256:abc");
    assertTrue(pinned.byDigest());
    assertNull(pinned.tag());
    assertEquals("sha256:abc", pinned.digest());
    assertEquals("python@sha256:abc", pinned.toString());
    assertEquals("python:3@sha256:abc", familiar("python:3@sha256:abc"));
    assertFalse(ImageReference.parse("python:3").byDigest());
  }

  @Test
  void dockerHubGoesByThreeNames() {
    assertTrue(ImageReference.isDockerHub("docker.io"));
    assertTrue(ImageReference.isDockerHub("index.docker.io"));
    assertTrue(ImageReference.isDockerHub("registry-1.docker.io"));
    assertFalse(ImageReference.isDockerHub("ghcr.io"));
  }

  private static String familiar(String reference) {
    return ImageReference.parse(reference).toString();
  }
}
