package io.docklab.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.docklab.exec.Workspace;
import io.docklab.i18n.Messages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProgressStoreTest {
  @TempDir Path data;

  @BeforeAll
  static void english() {
    Messages.use(Locale.ENGLISH);
  }

  @Test
  void aMissingFileIsAFreshStart() {
    ProgressStore.Loaded loaded = ProgressStore.in(data).load();
    assertEquals(Optional.empty(), loaded.problem());
    assertEquals(Set.of(), loaded.progress().done("image-by-hand"));
  }

  @Test
  void whatIsSavedIsReadBack() throws IOException {
    ProgressStore store = ProgressStore.in(data.resolve("sub"));
    Progress progress = new Progress();
    progress.markDone("image-by-hand", "run-interactive");
    progress.markDone("image-by-hand", "ps");
    progress.setCurrent("image-by-hand", "ps-all");
    progress.markDone("get-started-part2", "dockerfile");
    store.save(progress);

    Progress read = store.load().progress();
    assertEquals(Set.of("run-interactive", "ps"), read.done("image-by-hand"));
    assertEquals(Optional.of("ps-all"), read.current("image-by-hand"));
    assertEquals(Set.of("dockerfile"), read.done("get-started-part2"));
    assertEquals(Optional.empty(), read.current("get-started-part2"));
  }

  @Test
  void chosenVariablesAreSavedAndOutliveAClearedLesson() throws IOException {
    ProgressStore store = ProgressStore.in(data);
    Progress progress = new Progress();
    progress.markDone("a", "1");
    progress.choose("a", "registry", "docker.io");
    progress.choose("a", "account", "alice \"quoted\" ünï");
    progress.choose("a", "account", null);
    progress.choose("a", "account", "alice \"quoted\" ünï");
    store.save(progress);
    Progress read = store.load().progress();
    assertEquals(
        Map.of("registry", "docker.io", "account", "alice \"quoted\" ünï"), read.chosen("a"));
    assertEquals(Set.of("1"), read.done("a"));

    read.clear("a");
    assertEquals(Set.of(), read.done("a"));
    assertEquals("docker.io", read.chosen("a").get("registry"));
    read.choose("a", "registry", null);
    read.choose("a", "account", null);
    store.save(read);
    assertTrue(Files.readString(data.resolve("progress.json")).contains("\"a\""));
    assertEquals(Map.of(), store.load().progress().chosen("a"));
  }

  @Test
  void aFileWithoutVariablesStillReads() throws IOException {
    Files.writeString(
        data.resolve("progress.json"),
        "{\"version\": 1, \"lessons\": {\"a\": {\"done\": [\"x\"], \"current\": \"y\"}}}");
    ProgressStore.Loaded loaded = ProgressStore.in(data).load();
    assertEquals(Optional.empty(), loaded.problem());
    assertEquals(Map.of(), loaded.progress().chosen("a"));
  }

  @Test
  void aSaveLeavesNoTemporaryFileBehind() throws IOException {
    ProgressStore store = ProgressStore.in(data);
    Progress progress = new Progress();
    progress.markDone("l", "a");
    store.save(progress);
    store.save(progress);
    try (Stream<Path> files = Files.list(data)) {
      assertEquals(List.of(data.resolve("progress.json")), files.toList());
    }
  }

  @Test
  void clearingForgetsOneLessonOnly() throws IOException {
    Progress progress = new Progress();
    progress.markDone("a", "1");
    progress.markDone("b", "1");
    progress.clear("a");
    ProgressStore store = ProgressStore.in(data);
    store.save(progress);
    assertEquals(Set.of(), store.load().progress().done("a"));
    assertEquals(Set.of("1"), store.load().progress().done("b"));
  }

  @Test
  void aCorruptFileIsSetAsideAndReported() throws IOException {
    Path file = data.resolve("progress.json");
    Files.writeString(file, "{\"version\": 1, \"lessons\": {\"a\": {\"done\": [\"x\"");
    ProgressStore.Loaded loaded = ProgressStore.in(data).load();

    assertEquals(Set.of(), loaded.progress().done("a"));
    assertFalse(Files.exists(file));
    Path aside = onlyCorruptCopy();
    assertEquals(
        "{\"version\": 1, \"lessons\": {\"a\": {\"done\": [\"x\"", Files.readString(aside));
    String problem = loaded.problem().orElseThrow();
    assertTrue(problem.contains(file.toString()), problem);
    assertTrue(problem.contains(aside.toString()), problem);
  }

  @Test
  void aFileOfTheWrongShapeIsSetAsideToo() throws IOException {
    Files.writeString(data.resolve("progress.json"), "{\"version\": 1, \"lessons\": [1, 2]}");
    ProgressStore.Loaded loaded = ProgressStore.in(data).load();
    assertTrue(loaded.problem().orElseThrow().contains("lessons"), loaded.problem().get());
    onlyCorruptCopy();
  }

  @Test
  void aFileSetAsideIsNotOverwrittenByTheNextSave() throws IOException {
    Files.writeString(data.resolve("progress.json"), "not json");
    ProgressStore store = ProgressStore.in(data);
    store.load();
    Progress progress = new Progress();
    progress.markDone("a", "1");
    store.save(progress);
    assertEquals("not json", Files.readString(onlyCorruptCopy()));
    assertEquals(Set.of("1"), store.load().progress().done("a"));
  }

  @Test
  void anUnreadableFileIsSetAsideAndReported() throws IOException {
    Path file = data.resolve("progress.json");
    Files.createDirectories(file.resolve("inside")); // Readable by nobody as a file, even root.
    ProgressStore.Loaded loaded = ProgressStore.in(data).load();
    assertTrue(loaded.problem().orElseThrow().contains("set aside"), loaded.problem().get());
    assertTrue(Files.isDirectory(onlyCorruptCopy().resolve("inside")));
  }

  @Test
  void aDataDirectoryThatCannotBeWrittenIsOneLineAndNothingIsSaved() throws IOException {
    // Below a regular file nothing can be made, even by root (a directory left to root by sudo,
    // or a read-only file system, fail the same way for other users).
    Path blocked = data.resolve("file");
    Files.writeString(blocked, "");
    ProgressStore store = ProgressStore.in(blocked.resolve("docklab"));
    ProgressStore.Loaded loaded = store.load();

    String problem = loaded.problem().orElseThrow();
    assertTrue(problem.contains("will not be saved"), problem);
    assertFalse(problem.contains("\n"), problem);
    assertFalse(problem.contains("Exception"), problem);
    assertFalse(store.saves());
    Progress progress = new Progress();
    progress.markDone("a", "1");
    store.save(progress); // no exception, and nothing written
    assertFalse(Files.exists(store.file()));
  }

  @Test
  void aWritableDataDirectoryKeepsTheLessonsFilesItself() {
    ProgressStore store = ProgressStore.in(data);
    store.load();
    assertEquals(data, store.workspaceHome());
  }

  @Test
  void aDataDirectoryThatCannotBeWrittenSendsTheLessonsFilesToAPrivateTemporaryOne()
      throws IOException {
    Path blocked = Files.writeString(data.resolve("file"), "");
    ProgressStore store = ProgressStore.in(blocked.resolve("docklab"));
    String problem = store.load().problem().orElseThrow();
    Path home = store.workspaceHome();
    try {
      assertTrue(Files.isDirectory(home), home.toString());
      assertTrue(home.startsWith(Path.of(System.getProperty("java.io.tmpdir"))), home.toString());
      assertTrue(home.getFileName().toString().startsWith("docklab-"), home.toString());
      assertEquals(
          PosixFilePermissions.fromString("rwx------"), Files.getPosixFilePermissions(home));
      // The same one line says where the files go.
      assertTrue(
          problem.contains("will not be saved") && problem.contains(home.toString()), problem);
      assertFalse(problem.contains("\n"), problem);
      // A workspace there can be made and written.
      Path file = Workspace.forLesson(home, "a-lesson").writeFile("f.txt", "one\n");
      assertEquals("one\n", Files.readString(file));
    } finally {
      try (Stream<Path> all = Files.walk(home)) {
        for (Path path : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.delete(path);
        }
      }
    }
  }

  @Test
  void aFileWithoutVersionSaysSoInWords() throws IOException {
    Files.writeString(data.resolve("progress.json"), "{\"lessons\": {}}");
    String problem = ProgressStore.in(data).load().problem().orElseThrow();
    assertTrue(problem.contains("no version number"), problem);
    assertFalse(problem.contains("version -1"), problem);
    assertFalse(problem.contains("Exception"), problem);
  }

  @Test
  void aFileThatIsNotAnObjectSaysSoWithoutAClassName() throws IOException {
    Files.writeString(data.resolve("progress.json"), "[1]");
    String problem = ProgressStore.in(data).load().problem().orElseThrow();
    assertTrue(problem.contains("not a JSON object"), problem);
    assertFalse(problem.contains("Exception"), problem);
  }

  private Path onlyCorruptCopy() throws IOException {
    try (Stream<Path> files = Files.list(data)) {
      List<Path> aside =
          files
              .filter(path -> path.getFileName().toString().startsWith("progress.json.corrupt-"))
              .toList();
      assertEquals(1, aside.size(), aside.toString());
      return aside.get(0);
    }
  }
}
