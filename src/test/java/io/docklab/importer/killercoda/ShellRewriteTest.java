package io.docklab.importer.killercoda;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
class ShellRewriteTest {
  @Test
  void rootIsTheWorkspace() {
    assertEquals("cat app/x.txt", ShellRewrite.workspacePaths("cat /root/app/x.txt"));
    assertEquals("cd .", ShellRewrite.workspacePaths("cd /root"));
    assertEquals("cd . && ls", ShellRewrite.workspacePaths("cd ~ && ls"));
    assertEquals("cat notes", ShellRewrite.workspacePaths("cat ~/notes"));
    assertEquals("ls /rootfs /root2", ShellRewrite.workspacePaths("ls /rootfs /root2"));
    assertEquals("ls /srv/root/x", ShellRewrite.workspacePaths("ls /srv/root/x"));
  }

  @Test
  void publishedPortsGoToTheLoopbackAddress() {
    assertEquals(
        "docker run -d -p 127.0.0.1:8080:80 nginx",
        ShellRewrite.loopbackPorts("docker run -d -p 8080:80 nginx"));
    assertEquals(
        "docker run --publish=127.0.0.1:53:53/udp x",
        ShellRewrite.loopbackPorts("docker run --publish=53:53/udp x"));
    assertEquals(
        "docker run -p 0.0.0.0:80:80 x",
        ShellRewrite.loopbackPorts("docker run -p 0.0.0.0:80:80 x"));
  }

  @Test
  void aBlockIsCutIntoCommandsKeepingContinuationsQuotesAndHereDocuments() {
    assertEquals(
        List.of(
            "docker run -d \\\n  --name web nginx", "echo 'a\nb'", "cat > f <<EOF\nx\nEOF", "ls"),
        ShellRewrite.commands(
            "docker run -d \\\n  --name web nginx\n\n# a comment\necho 'a\nb'\ncat > f <<EOF\nx\nEOF\nls\n"));
  }

  @Test
  void aLineIsCutIntoSimpleCommandsOutsideQuotes() {
    assertEquals(
        List.of("docker ps", "grep 'a|b'", "echo ok"),
        ShellRewrite.simpleCommands("docker ps | grep 'a|b' && echo ok"));
  }
}
