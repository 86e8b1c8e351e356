package io.docklab.importer.killercoda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
class SetupScriptTest {
  @Test
  void killercodasPlumbingIsLeftOutAndReportedWithItsLine() {
    ImportReport report = new ImportReport();
    List<String> commands =
        SetupScript.commands(
            "background.sh",
            "#!/bin/bash\nwhile [ ! -f /tmp/finished ]\ndo\n  sleep 1\ndone\nsystemctl restart docker\n"
                + "mkdir -p /root/app\n",
            report);
    assertEquals(List.of("mkdir -p app"), commands);
    assertEquals(
        List.of("background.sh:2", "background.sh:6"),
        report.notes(ImportReport.Kind.NOT_MAPPED).stream().map(ImportReport.Note::where).toList());
  }

  @Test
  void aScriptOfPlumbingOnlyIsNoSetup() {
    assertEquals(
        List.of(),
        SetupScript.commands(
            "f.sh", "while [ ! -f /ks/.initfinished ]; do sleep 1; done\n", new ImportReport()));
  }

  @Test
  void secondMachinesAndClustersAreNotImportable() {
    assertNotNull(SetupScript.needsOtherMachine("ssh node01 'ls'"));
    assertNotNull(SetupScript.needsOtherMachine("kubectl get pods"));
    assertNull(SetupScript.needsOtherMachine("docker ps"));
    assertNotNull(SetupScript.needsOtherMachine("k get pod -A"));
    assertNull(SetupScript.needsOtherMachine("echo k get it"));
    assertNotNull(SetupScript.needsOtherMachine("docker swarm init --advertise-addr eth0"));
    assertNotNull(SetupScript.needsOtherMachine("docker service create --name web nginx"));
    assertNull(SetupScript.needsOtherMachine("docker network create --driver bridge service"));
  }
}
