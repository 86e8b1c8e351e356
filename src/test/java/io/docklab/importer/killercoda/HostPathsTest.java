package io.docklab.importer.killercoda;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
class HostPathsTest {
  @Test
  void hostPathsAreTheWorkspace() {
    assertEquals("cat app/x.txt && cd .", HostPaths.inShell("cat /root/app/x.txt && cd /root"));
    assertEquals("echo hi > app/hello.txt", HostPaths.inShell("echo hi > /root/app/hello.txt"));
    assertEquals(
        "docker build -t a -f app/Dockerfile app",
        HostPaths.inShell("docker build -t a -f /root/app/Dockerfile /root/app"));
    assertEquals("ls 2>&1 app", HostPaths.inShell("ls 2>&1 /root/app"));
  }

  @Test
  void pathsInAContainerStay() {
    assertEquals(
        "docker run -d --name c -v data:/root/data -w /root busybox cat /root/x",
        HostPaths.inShell(
            "docker run -d --name c -v data:/root/data -w /root busybox cat /root/x"));
    assertEquals(
        "docker exec c sh -c 'ls /root'", HostPaths.inShell("docker exec c sh -c 'ls /root'"));
    assertEquals(
        "docker run -it -v $PWD/app:/root/app busybox ls /root/app",
        HostPaths.inShell("docker run -it -v /root/app:/root/app busybox ls /root/app"));
    assertEquals(
        "docker run -dv $PWD/app:/app busybox",
        HostPaths.inShell("docker run -dv ~/app:/app busybox"));
    assertEquals("docker cp app/x c:/root/x", HostPaths.inShell("docker cp /root/app/x c:/root/x"));
    assertEquals(
        "docker run --mount type=bind,source=$PWD/d,target=/root/d x",
        HostPaths.inShell("docker run --mount type=bind,source=/root/d,target=/root/d x"));
  }

  @Test
  void aContinuedLineIsOneCommand() {
    assertEquals(
        "docker run -d \\\n  -v $PWD/site:/usr/share/nginx/html:ro nginx",
        HostPaths.inShell("docker run -d \\\n  -v /root/site:/usr/share/nginx/html:ro nginx"));
  }

  @Test
  void aDockerfileKeepsItsPaths() {
    String dockerfile = "FROM busybox\nWORKDIR /root/work\nCOPY a /root/work/a\n";
    assertEquals(
        "cat <<EOF > app/Dockerfile\n" + dockerfile + "EOF",
        HostPaths.inShell("cat <<EOF > /root/app/Dockerfile\n" + dockerfile + "EOF"));
    assertEquals(
        "echo 'WORKDIR /root' >> Dockerfile",
        HostPaths.inShell("echo 'WORKDIR /root' >> /root/Dockerfile"));
    assertEquals("WORKDIR /root/app", HostPaths.inShell("WORKDIR /root/app"));
    assertEquals(
        "cat > notes.sh <<'EOF'\ncat notes\nEOF",
        HostPaths.inShell("cat > /root/notes.sh <<'EOF'\ncat /root/notes\nEOF"));
  }

  @Test
  void aComposeFilesVolumesAreRelativeToItAndItsPortsOnTheLoopback() {
    String compose =
        "services:\n  web:\n    image: nginx\n    ports:\n      - \"8080:80\"\n      - 9090:90\n"
            + "    volumes:\n      - /root/web-app:/usr/share/nginx/html\n      - data:/root/data\n"
            + "      - type: bind\n        source: /root/conf\n        target: /etc/x\n";
    assertEquals(
        "cat <<EOF > project/docker-compose.yml\n"
            + "services:\n  web:\n    image: nginx\n    ports:\n      - \"127.0.0.1:8080:80\"\n"
            + "      - \"127.0.0.1:9090:90\"\n"
            + "    volumes:\n      - ../web-app:/usr/share/nginx/html\n      - data:/root/data\n"
            + "      - type: bind\n        source: ../conf\n        target: /etc/x\n"
            + "EOF",
        HostPaths.inShell("cat <<EOF > /root/project/docker-compose.yml\n" + compose + "EOF"));
    assertEquals(
        "    volumes:\n      - ./site:/srv\n      - .:/code",
        HostPaths.inFile(
            "compose.yaml", "    volumes:\n      - /root/site:/srv\n      - /root:/code"));
  }

  @Test
  void afterACdTheHomesPathsAreSeenFromThere() {
    assertEquals("app", HostPaths.after("cd /root/app && docker compose up -d", ""));
    assertEquals("app/src", HostPaths.after("cd src", "app"));
    assertEquals("", HostPaths.after("cd", "app"));
    assertEquals("", HostPaths.after("cd /tmp", "app"));
    assertEquals("app", HostPaths.after("ls /root", "app"));
    assertEquals(
        "cat > ../web/notes.sh <<EOF\nls ../web\nEOF",
        HostPaths.inShell("cat > /root/web/notes.sh <<EOF\nls /root/web\nEOF", 1));
    assertEquals("ls ..", HostPaths.inShell("ls /root", 1));
    assertEquals(
        "docker run -v $PWD/../d:/d x", HostPaths.inShell("docker run -v /root/d:/d x", 1));
  }
}
