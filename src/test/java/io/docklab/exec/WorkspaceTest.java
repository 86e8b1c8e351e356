package io.docklab.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.docklab.i18n.Messages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceTest {
  @TempDir Path data;
  @TempDir Path outside;
  private Workspace workspace;
  private Path root;

  @BeforeEach
  void create() throws IOException {
    Messages.use(Locale.ENGLISH);
    workspace = Workspace.forLesson(data, "hello-docker");
    root = workspace.directory();
  }

  @Test
  void aWrittenFileIsReadableByAllAndAReplacedOneKeepsItsMode() throws IOException {
    Path page = workspace.writeFile("site/index.html", "<h1>hi</h1>\n");
    assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(page)));
    Files.setPosixFilePermissions(page, PosixFilePermissions.fromString("rwxr-x---"));
    workspace.writeFile("site/index.html", "<h1>again</h1>\n");
    assertEquals("rwxr-x---", PosixFilePermissions.toString(Files.getPosixFilePermissions(page)));
  }

  @Test
  void livesInTheDataDirectoryUnderTheLessonId() {
    assertEquals(data.resolve("workspaces/hello-docker").toAbsolutePath(), root);
    assertTrue(Files.isDirectory(root));
  }

  @Test
  void refusesALessonIdThatIsNotAName() {
    IllegalArgumentException refused =
        assertThrows(IllegalArgumentException.class, () -> Workspace.forLesson(data, "../x"));
    assertEquals(
        "'../x' cannot name a workspace: a lesson id is letters, digits, '.', '_' and '-'.",
        refused.getMessage());
  }

  @Test
  void resolvesPathsInside() throws IOException {
    assertEquals(root.resolve("app/app.py"), workspace.resolve("app/app.py"));
    assertEquals(root.resolve("b.txt"), workspace.resolve("a/../b.txt"));
  }

  @Test
  void refusesClimbingOut() {
    assertRefused("../escape.txt");
    assertRefused("sub/../../escape.txt");
    assertRefused("..");
    assertRefused(".");
  }

  @Test
  void refusesAbsolutePaths() {
    assertRefused("/etc/passwd");
    assertRefused(root.resolve("inside.txt").toString());
  }

  @Test
  void refusesAPathNoFileCanHave() {
    IllegalArgumentException refused =
        assertThrows(IllegalArgumentException.class, () -> workspace.resolve("a\0b"));
    assertEquals(
        "'a\0b' is not a valid file path: Nul character not allowed.", refused.getMessage());
  }

  @Test
  void refusesADirectoryLinkThatLeadsOutside() throws IOException {
    Files.createSymbolicLink(root.resolve("link"), outside);
    assertRefused("link/file.txt");
    assertRefused("link/new/deeper/file.txt");
    assertThrows(WorkspaceEscapeException.class, () -> workspace.writeFile("link/x.txt", "no"));
    assertFalse(Files.exists(outside.resolve("x.txt")));
  }

  @Test
  void refusesAFileLinkThatLeadsOutsideOrNowhere() throws IOException {
    Path secret = Files.writeString(outside.resolve("secret.txt"), "secret");
    Files.createSymbolicLink(root.resolve("secret.txt"), secret);
    Files.createSymbolicLink(root.resolve("dangling.txt"), outside.resolve("nothing-yet.txt"));
    assertRefused("secret.txt");
    assertRefused("dangling.txt");
  }

  @Test
  void acceptsALinkThatStaysInside() throws IOException {
    Files.createDirectories(root.resolve("real"));
    Files.createSymbolicLink(root.resolve("alias"), root.resolve("real"));
    assertEquals(root.resolve("alias/file.txt"), workspace.resolve("alias/file.txt"));
  }

  @Test
  void writesFilesAndTheirDirectories() throws IOException {
    workspace.writeFile("app/templates/index.html", "<h1>Hi</h1>\n");
    workspace.writeFile("app/templates/index.html", "<h1>Hello</h1>\n");
    assertEquals("<h1>Hello</h1>\n", Files.readString(root.resolve("app/templates/index.html")));
    try (Stream<Path> left = Files.list(root.resolve("app/templates"))) {
      assertEquals(List.of("index.html"), left.map(p -> p.getFileName().toString()).toList());
    }
  }

  @Test
  void deletesExactlyTheNamedFiles() throws IOException {
    workspace.writeFile("Dockerfile", "FROM python\n");
    workspace.writeFile("app/app.py", "print(1)\n");
    workspace.writeFile("notes.txt", "mine\n");
    List<Path> removed = workspace.deleteFiles(List.of("Dockerfile", "app/app.py", "gone.txt"));
    assertEquals(List.of(root.resolve("Dockerfile"), root.resolve("app/app.py")), removed);
    assertTrue(Files.exists(root.resolve("notes.txt")));
    assertTrue(Files.isDirectory(root.resolve("app")));
  }

  @Test
  void deletesNothingWhenOneNameEscapes() throws IOException {
    workspace.writeFile("Dockerfile", "FROM python\n");
    Path victim = Files.writeString(outside.resolve("victim.txt"), "keep");
    assertThrows(
        WorkspaceEscapeException.class,
        () -> workspace.deleteFiles(List.of("Dockerfile", victim.toString())));
    assertTrue(Files.exists(root.resolve("Dockerfile")));
    assertTrue(Files.exists(victim));
  }

  private void assertRefused(String path) {
    WorkspaceEscapeException refused =
        assertThrows(WorkspaceEscapeException.class, () -> workspace.resolve(path));
    assertEquals(
        "the path '"
            + path
            + "' leads outside the lesson's workspace "
            + root
            + ": a lesson may only name files inside it.",
        refused.getMessage());
    assertEquals(path, refused.path());
  }
}
