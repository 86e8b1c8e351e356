package io.docklab.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class ImageNameTest {
  @Test
  void aMissingTagMeansLatest() {
    assertEquals("python-custom:latest", ImageName.familiar("python-custom"));
    assertEquals("python-custom:latest", ImageName.familiar("python-custom:latest"));
  }

  @Test
  void dockerHubPrefixesAreDropped() {
    assertEquals("python:latest", ImageName.familiar("docker.io/library/python"));
    assertEquals("python:3.11-slim", ImageName.familiar("library/python:3.11-slim"));
    assertEquals("learner/app:v1", ImageName.familiar("docker.io/learner/app:v1"));
  }

  @Test
  void aRegistryPortIsNoTag() {
    assertEquals(
        "127.0.0.1:5000/learner/python-dockerfile:latest",
        ImageName.familiar("127.0.0.1:5000/learner/python-dockerfile"));
    assertEquals("localhost:5000/a:v2", ImageName.familiar("localhost:5000/a:v2"));
  }

  @Test
  void similarNamesStayApart() {
    String lesson = ImageName.familiar("python-custom");
    assertNotEquals(lesson, ImageName.familiar("python-custom2"));
    assertNotEquals(lesson, ImageName.familiar("python-custom:other"));
    assertNotEquals(lesson, ImageName.familiar("other/python-custom"));
  }

  @Test
  void aDigestReferenceKeepsItsDigest() {
    assertEquals("python@sha256:abc", ImageName.familiar("docker.io/library/python@sha256:abc"));
  }
}
