package io.docklab.importer.killercoda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
class VerifyScriptTest {
  private static List<String> kinds(String script) {
    CommandFacts facts = new CommandFacts();
    facts.command("docker run -d --name web -p 8080:80 nginx:alpine");
    facts.command("docker build -t myapp:v1 .");
    return VerifyScript.checks("verify.sh", script, facts, new ImportReport()).stream()
        .map(check -> check.get("kind") + " " + check.yaml().lines().skip(1).findFirst().orElse(""))
        .toList();
  }

  @Test
  void recognisedLinesAddDeclarativeChecksBeforeTheScriptItself() {
    assertEquals(
        List.of("container name: web", "command run: |"),
        kinds("#!/bin/bash\ndocker ps | grep -q web\n"));
    assertEquals(
        List.of("image ref: myapp:v1", "command run: |"), kinds("docker images | grep myapp\n"));
    assertEquals(
        List.of("http url: http://127.0.0.1:8080", "command run: |"),
        kinds("curl -s localhost:8080 | grep -q 'Welcome to nginx'\n"));
    assertEquals(
        List.of("file path: app/x.txt", "command run: |"), kinds("test -f /root/app/x.txt\n"));
    assertEquals(
        List.of("network name: net", "command run: |"), kinds("docker network ls | grep net\n"));
  }

  @Test
  void filesReadWithCatAndGrepBecomeFileAndVolumeChecks() {
    assertEquals(
        List.of("file path: site/page.txt", "command run: |"),
        kinds("cat /root/site/page.txt | grep \"hi there\"\n"));
    assertEquals(
        List.of("volume name: notes", "command run: |"),
        kinds("cat /var/lib/docker/volumes/notes/_data/a.txt | grep 'kept'\n"));
    CheckYaml volume =
        VerifyScript.checks(
                "verify.sh",
                "cat /var/lib/docker/volumes/notes/_data/a.txt | grep 'kept'\n",
                new CommandFacts(),
                new ImportReport())
            .get(0);
    assertEquals("kind: volume\nname: notes\npath: a.txt\ncontent: kept\n", volume.yaml());
  }

  @Test
  void anEnvironmentReadThroughExecIsTheContainersEnv() {
    CheckYaml env =
        VerifyScript.checks(
                "verify.sh",
                "docker exec web env | grep MODE=quiet\n",
                new CommandFacts(),
                new ImportReport())
            .get(0);
    assertEquals("kind: container\nname: web\nenv: {MODE: quiet}\n", env.yaml());
  }

  @Test
  void anInspectExpectedToSayNoSuchObjectIsAnAbsentContainer() {
    CheckYaml gone =
        VerifyScript.checks(
                "verify.sh",
                "if [[ $(docker inspect web 2>&1) == *\"No such object\"* ]]; then exit 0; fi\n",
                new CommandFacts(),
                new ImportReport())
            .get(0);
    assertEquals("kind: container\nname: web\nexists: false\n", gone.yaml());
  }

  @Test
  void aCommandWhoseOutputIsComparedWithAnErrorIsExpectedToFail() {
    assertEquals(
        Set.of("docker exec a sh -c 'wget -q -O- b'"),
        VerifyScript.expectedFailures(
            "if [[ $(docker exec a sh -c 'wget -q -O- b' 2>&1) == *\"bad address\"* ]];"
                + " then exit 0; fi\n"
                + "[[ $(cat /root/x) == *\"fine\"* ]]\n"));
  }

  @Test
  void negatedLinesAreLeftToTheScript() {
    assertEquals(List.of("command run: |"), kinds("docker ps | grep -v web\n"));
  }

  @Test
  void theScriptIsKeptAsWrittenWithTheWorkspacesPaths() {
    CheckYaml script =
        VerifyScript.checks(
                "verify.sh", "#!/bin/bash\nstat /root/x\n", new CommandFacts(), new ImportReport())
            .get(0);
    assertTrue(script.yaml().contains("run: |\n  #!/bin/bash\n  stat x\n"), script.yaml());
    assertTrue(script.yaml().contains("exitCode: 0"), script.yaml());
  }
}
