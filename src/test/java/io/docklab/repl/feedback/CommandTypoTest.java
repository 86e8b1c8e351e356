package io.docklab.repl.feedback;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
class CommandTypoTest {
  private final CommandTypo typos = new CommandTypo(Set.of("docker", "dockerd", "ls")::contains);

  @Test
  void swappedLettersAreADocker() {
    assertEquals(Optional.of("docker ps"), typos.corrected("dcoker ps"));
    assertEquals(Optional.of("docker ps -a"), typos.corrected("dokcer ps -a"));
    assertEquals(Optional.of("docker image ls"), typos.corrected("  docekr image ls"));
    assertEquals(Optional.of("docker"), typos.corrected("docer"));
    assertEquals(Optional.of("docker run x"), typos.corrected("Dockr run x"));
  }

  @Test
  void realCommandsAndFarWordsAreLeftAlone() {
    assertEquals(Optional.empty(), typos.corrected("docker ps"));
    assertEquals(Optional.empty(), typos.corrected("dockerd --help")); // on PATH
    assertEquals(Optional.empty(), typos.corrected("ls"));
    assertEquals(Optional.empty(), typos.corrected("echo dcoker"));
    assertEquals(Optional.empty(), typos.corrected("make build"));
    assertEquals(Optional.empty(), typos.corrected("./dcoker"));
    assertEquals(Optional.empty(), typos.corrected(""));
  }

  @Test
  void distanceCountsASwapAsOneEdit() {
    assertEquals(1, CommandTypo.distance("dcoker", "docker"));
    assertEquals(1, CommandTypo.distance("docekr", "docker"));
    assertEquals(2, CommandTypo.distance("dcokre", "docker"));
    assertEquals(0, CommandTypo.distance("docker", "docker"));
    assertEquals(6, CommandTypo.distance("", "docker"));
  }
}
