package io.docklab.cli;

import io.docklab.i18n.Messages;
import io.docklab.importer.killercoda.ImportReport;
import io.docklab.importer.killercoda.KillercodaImporter;
import io.docklab.lesson.load.LessonError;
import io.docklab.lesson.load.LessonLoader;
import io.docklab.lesson.load.LoadResult;
import io.docklab.util.FileFaults;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code docklab import killercoda DIR… [--out DIR] [--force]}: one docklab Markdown lesson per
 * Killercoda scenario (a directory with {@code index.json}; a directory of scenarios imports them
 * all), validated, with a report per scenario of what was mapped and what was not.
 */
@Command(name = "killercoda", mixinStandardHelpOptions = true)
final class ImportKillercodaCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "DIR", descriptionKey = "dirs")
  List<Path> dirs;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = ".")
  Path out;

  @Option(names = "--force")
  boolean force;

  @Spec CommandSpec spec;

  /** The ids written in this run. */
  private final java.util.Set<String> written = new java.util.HashSet<>();

  @Override
  public Integer call() {
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter stderr = spec.commandLine().getErr();
    List<Path> scenarios = new ArrayList<>();
    for (Path dir : dirs) {
      List<Path> found = scenarios(dir);
      if (found.isEmpty()) {
        stderr.println(Messages.get("import.noScenario", dir));
      }
      scenarios.addAll(found);
    }
    int imported = 0;
    int failed = scenarios.isEmpty() ? 1 : 0;
    for (Path scenario : scenarios) {
      if (importOne(scenario, stdout)) {
        imported++;
      } else {
        failed++;
      }
    }
    stdout.println(Messages.get("import.summary", scenarios.size(), imported, failed));
    stdout.flush();
    stderr.flush();
    return failed == 0 ? ExitCode.OK : ExitCode.FAILED;
  }

  /** Imports one scenario; true when its lesson was written and validates. */
  private boolean importOne(Path scenario, PrintWriter stdout) {
    KillercodaImporter.Result result = KillercodaImporter.importScenario(scenario);
    ImportReport report = result.report();
    if (result.lesson().isEmpty()) {
      stdout.println(Messages.get("import.notImportable", scenario));
      for (ImportReport.Note note : report.notes(ImportReport.Kind.NOT_IMPORTABLE)) {
        stdout.println("  ✗ " + prefixed(scenario, note));
      }
      return false;
    }
    String id = result.id();
    for (int n = 2; !written.add(id); n++) {
      id = result.id() + "-" + n; // two scenarios of one name (in two repositories): both kept
    }
    Path lesson = out.resolve(id + ".md");
    String text =
        id.equals(result.id())
            ? result.lesson().get()
            : result.lesson().get().replaceFirst("(?m)^id: .*$", "id: " + id);
    if (Files.exists(lesson) && !force) {
      stdout.println(Messages.get("import.exists", scenario, lesson));
      return false;
    }
    try {
      Files.createDirectories(out);
      Files.writeString(lesson, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      stdout.println(Messages.get("import.writeFailed", lesson, FileFaults.describe(e)));
      return false;
    }
    List<ImportReport.Note> notMapped = report.notes(ImportReport.Kind.NOT_MAPPED);
    stdout.println(
        Messages.get(
            "import.written",
            scenario,
            lesson,
            report.notes(ImportReport.Kind.MAPPED).size(),
            notMapped.size()));
    for (ImportReport.Note note : notMapped) {
      stdout.println("  - " + prefixed(scenario, note));
    }
    LoadResult loaded = LessonLoader.load(lesson);
    for (LessonError error : loaded.errors()) {
      stdout.println("  ✗ " + error);
    }
    if (loaded.ok()) {
      stdout.println("  ✓ " + Messages.get("import.valid", lesson));
    }
    return loaded.ok();
  }

  /** A note with its file named from the scenario's directory. */
  private static String prefixed(Path scenario, ImportReport.Note note) {
    return note.where().isEmpty()
        ? note.toString()
        : scenario.resolve(note.where().replaceFirst(":.*", "")).toString()
            + note.toString().substring(note.where().replaceFirst(":.*", "").length());
  }

  /** {@code dir} itself when it holds index.json, else the scenarios under it, in order. */
  private static List<Path> scenarios(Path dir) {
    if (Files.isRegularFile(dir.resolve("index.json"))) {
      return List.of(dir);
    }
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> walk = Files.walk(dir, 6)) {
      return walk.filter(path -> path.getFileName().toString().equals("index.json"))
          .filter(Files::isRegularFile)
          .map(Path::getParent)
          .sorted()
          .toList();
    } catch (IOException | java.io.UncheckedIOException e) {
      return List.of();
    }
  }
}
