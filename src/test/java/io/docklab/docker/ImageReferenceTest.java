package io.docklab.docker;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ImageReferenceTest {
  @Test
  void aTagIsSplitOff() {
    assertEquals(
        new ImageReference("python", "3.11-slim"), ImageReference.parse("python:3.11-slim"));
  }

  @Test
  void noTagMeansLatest() {
    assertEquals(new ImageReference("python", "latest"), ImageReference.parse("python"));
  }

  @Test
  void aRegistryPortIsNotATag() {
    assertEquals(
        new ImageReference("127.0.0.1:5000/learner/friendlyhello", "latest"),
        ImageReference.parse("127.0.0.1:5000/learner/friendlyhello"));
    assertEquals(
        new ImageReference("127.0.0.1:5000/learner/get-started", "part2"),
        ImageReference.parse("127.0.0.1:5000/learner/get-started:part2"));
  }

  @Test
  void theNameIsTheLastPathPart() {
    assertEquals("python", ImageReference.parse("docker.io/library/python:3").name());
  }
}
