package io.docklab.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RegistryRepositoryTest {
  @Test
  void theFirstPartIsTheRegistryWhenItLooksLikeAHost() {
    RegistryRepository local = RegistryRepository.parse("127.0.0.1:5000/learner/python-dockerfile");
    assertEquals("127.0.0.1:5000", local.registry());
    assertEquals("learner/python-dockerfile", local.name());
    assertEquals("http://127.0.0.1:5000", local.baseUrl());
    assertEquals(
        "https://registry.example.com",
        RegistryRepository.parse("registry.example.com/a/b").baseUrl());
    assertEquals("http://localhost:5000", RegistryRepository.parse("localhost:5000/a").baseUrl());
  }

  @Test
  void otherwiseTheRepositoryIsOnDockerHub() {
    RegistryRepository hub = RegistryRepository.parse("learner/get-started");
    assertEquals("docker.io", hub.registry());
    assertEquals("learner/get-started", hub.name());
    assertEquals("https://registry-1.docker.io", hub.baseUrl());
    assertEquals("library/python", RegistryRepository.parse("python").name());
    assertEquals("learner/app", RegistryRepository.parse("docker.io/learner/app").name());
  }
}
