package io.docklab.repl.feedback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
class DockerArgsTest {
  @Test
  void runTakesOptionsThenTheImageThenItsCommand() {
    DockerArgs run =
        DockerArgs.parse("docker container run -d -p4000:80 --name=web img python -m x -p 1").get();
    assertEquals("run", run.subcommand());
    assertEquals(List.of("4000:80"), run.values("-p", "--publish"));
    assertEquals(List.of("web"), run.values("--name"));
    assertEquals("img", run.word(0));
    assertEquals(List.of("img", "python", "-m", "x", "-p", "1"), run.words());
  }

  @Test
  void aGroupOfFlagsWhoseLastTakesAValueTakesTheNextWord() {
    DockerArgs run = DockerArgs.parse("docker run -dp 127.0.0.1:3000:3000 getting-started").get();
    assertEquals(List.of("127.0.0.1:3000:3000"), run.values("-p"));
    assertEquals("getting-started", run.word(0));
    DockerArgs tty = DockerArgs.parse("docker run -it ubuntu bash").get();
    assertEquals("ubuntu", tty.word(0), "-it is two flags without a value");
  }

  @Test
  void globalOptionsComeBeforeTheSubcommand() {
    assertEquals("ps", DockerArgs.parse("docker --context x ps -a").get().subcommand());
  }

  @Test
  void onlyTheFirstCommandOfALineCounts() {
    assertEquals(
        List.of("a:b", "c:d"),
        DockerArgs.parse("docker tag a:b c:d && docker push c:d").get().words());
  }

  @Test
  void notDocker() {
    assertTrue(DockerArgs.parse("echo docker").isEmpty());
    assertTrue(DockerArgs.parse("docker").isEmpty());
  }

  @Test
  void startsAContainer() {
    assertTrue(StartsContainer.in("docker run -d -p 4000:80 x"));
    assertTrue(StartsContainer.in("docker run -dp 4000:80 x"));
    assertTrue(StartsContainer.in("docker start web"));
    assertTrue(StartsContainer.in("docker compose up -d"));
    assertFalse(StartsContainer.in("docker run -p 4000:80 x"));
    assertFalse(StartsContainer.in("docker image rm x"));
    assertFalse(StartsContainer.in("curl localhost"));
  }

  @Test
  void aFreshLineIsALineEnd() {
    assertTrue(FreshLine.after(""));
    assertTrue(FreshLine.after("one\ntwo\n"));
    assertTrue(FreshLine.after("one\n\u001b[0m"));
    assertFalse(FreshLine.after("counter disabled</i>"));
    assertFalse(FreshLine.after("^C"));
  }
}
