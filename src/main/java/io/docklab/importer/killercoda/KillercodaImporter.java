package io.docklab.importer.killercoda;

import io.docklab.lesson.ImageRecipe;
import io.docklab.lesson.Requirements;
import io.docklab.lesson.catalog.LessonCatalog;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Imports one Killercoda scenario (a directory with {@code index.json}) as the text of one docklab
 * Markdown lesson, with the report of what was mapped and what was not. Reads only; writing the
 * lesson is the caller's.
 */
public final class KillercodaImporter {
  /** What an import gave: the lesson's id and text (empty when not importable) and the report. */
  public record Result(String id, Optional<String> lesson, ImportReport report) {}

  /** What the bundled lessons need, their offline recipes among it; read once. */
  /** What the bundled lessons need, their offline recipes among it: read on first use, once. */
  private static final class Bundled {
    static final Requirements REQUIREMENTS = LessonCatalog.load(List.of()).requirements();
  }

  private static final Pattern KANA = Pattern.compile("[\\p{IsHiragana}\\p{IsKatakana}]");

  private KillercodaImporter() {}

  public static Result importScenario(Path directory) {
    ImportReport report = new ImportReport();
    ScenarioFiles files = new ScenarioFiles(directory, report);
    String name = directory.getFileName() == null ? "" : directory.getFileName().toString();
    String id = slug(name).isEmpty() ? "scenario" : slug(name);
    Optional<String> json = files.text("index.json", "the index");
    if (json.isEmpty()) {
      report.notImportable("index.json", "no readable index.json");
      return new Result(id, Optional.empty(), report);
    }
    ScenarioIndex index;
    try {
      index = ScenarioIndex.parse(json.get());
    } catch (ScenarioIndex.Malformed malformed) {
      report.notImportable("index.json:" + malformed.getMessage(), "");
      return new Result(id, Optional.empty(), report);
    }
    files.locate(index::where);
    if (index.steps().isEmpty()) {
      report.notImportable("index.json", "no steps under details.steps");
      return new Result(id, Optional.empty(), report);
    }
    return new KillercodaImporter.Run(id, index, files, report).lesson();
  }

  /** One import's work. */
  private static final class Run {
    private final String id;
    private final ScenarioIndex index;
    private final ScenarioFiles files;
    private final ImportReport report;
    private final CommandFacts facts = new CommandFacts();

    Run(String id, ScenarioIndex index, ScenarioFiles files, ImportReport report) {
      this.id = id;
      this.index = index;
      this.files = files;
      this.report = report;
    }

    Result lesson() {
      String title = index.title().isEmpty() ? id : StepTextConverter.plain(index.title());
      report.mapped(
          "index.json",
          "title, description (as the summary), " + index.steps().size() + " step(s)");
      if (!index.imageId().isEmpty()) {
        report.mapped(
            "index.json", "backend " + index.imageId() + ": the learner's own Docker engine");
      }
      // The intro: its text, its scripts as the lesson's setup, the assets as setup files.
      String intro = "";
      List<String> lessonSetup = new ArrayList<>();
      if (!index.intro().text().isEmpty()) {
        Optional<String> text = files.text(index.intro().text(), "the intro");
        if (text.isPresent()) {
          intro = proseOnly(index.intro().text(), text.get());
        }
      }
      lessonSetup.addAll(script(index.intro().background(), "background"));
      lessonSetup.addAll(script(index.intro().foreground(), "foreground"));
      String introScripts =
          files.quietly(index.intro().background())
              + "\n"
              + files.quietly(index.intro().foreground());
      List<LessonWriter.SetupFile> assets = assets(lessonSetup, introScripts);
      assets.forEach(asset -> facts.file(asset.content()));
      // The steps.
      List<ImportedStep> steps = new ArrayList<>();
      Set<String> ids = new HashSet<>();
      List<List<String>> verifyScripts = new ArrayList<>();
      for (int n = 0; n < index.steps().size(); n++) {
        ScenarioIndex.Part part = index.steps().get(n);
        Optional<String> stepText =
            part.text().isEmpty()
                ? Optional.empty()
                : files.text(part.text(), "the text of step " + (n + 1));
        Optional<String> heading =
            part.title().isEmpty()
                ? stepText.flatMap(KillercodaImporter::heading)
                : Optional.empty();
        String stepTitle =
            StepTextConverter.plain(
                !part.title().isEmpty() ? part.title() : heading.orElse("Step " + (n + 1)));
        String stepId = unique(slug(stepTitle), "step-" + (n + 1), ids);
        List<Piece> pieces = new ArrayList<>();
        stepText.ifPresent(
            text -> pieces.addAll(StepTextConverter.convert(part.text(), text, report)));
        if (heading.isPresent() && !pieces.isEmpty() && pieces.get(0) instanceof Piece.Prose p) {
          // the heading that gave the step its title is not shown twice
          pieces.set(0, new Piece.Prose(p.markdown().replaceFirst("^\\s*#{1,3}\\s+[^\n]*\n", "")));
        }
        answer(part.answer(), n + 1).ifPresent(pieces::add);
        List<Piece> grouped = InteractiveSessions.group(pieces, report);
        pieces.clear();
        pieces.addAll(grouped);
        List<String> setup = new ArrayList<>();
        setup.addAll(script(part.background(), "background"));
        setup.addAll(script(part.foreground(), "foreground"));
        for (Piece piece : pieces) {
          if (piece instanceof Piece.Command command) {
            facts.command(command.run());
            otherMachine(command.where(), command.run());
          } else if (piece instanceof Piece.Solution solution) {
            solution.commands().forEach(facts::command);
            solution.commands().forEach(c -> otherMachine(solution.where(), c));
          }
        }
        setup.forEach(facts::command);
        if (n == index.steps().size() - 1) {
          finish(pieces);
        }
        steps.add(new ImportedStep(stepId, stepTitle, pieces, setup, List.of()));
        verifyScripts.add(List.of(part.verify()));
      }
      lessonSetup.forEach(facts::command);
      followWorkingDirectory(steps);
      PathSpans spans = new PathSpans();
      for (ImportedStep step : steps) {
        for (Piece piece : step.pieces()) {
          if (piece instanceof Piece.Command command) {
            spans.read(command.original());
          } else if (piece instanceof Piece.Solution solution) {
            solution.originals().forEach(spans::read);
          }
        }
      }
      spans.read(introScripts);
      verifyScripts.forEach(verify -> spans.read(files.quietly(verify.get(0))));
      intro = spans.inText(intro);
      for (ImportedStep step : steps) {
        List<Piece> pieces = step.pieces();
        for (int i = 0; i < pieces.size(); i++) {
          if (pieces.get(i) instanceof Piece.Prose prose) {
            pieces.set(i, new Piece.Prose(spans.inText(prose.markdown())));
          }
        }
      }
      // The checks, once every command is known (a check names what the commands create).
      List<ImportedStep> checked = new ArrayList<>();
      Map<String, Integer> earlier = new HashMap<>();
      for (int n = 0; n < steps.size(); n++) {
        ImportedStep step = steps.get(n);
        String verify = verifyScripts.get(n).get(0);
        List<CheckYaml> checks = List.of();
        Set<String> failing = Set.of();
        if (!verify.isEmpty()) {
          Optional<String> script = files.text(verify, "the verify script of step " + (n + 1));
          if (script.isPresent()) {
            otherMachineScript(verify, script.get());
            checks = VerifyScript.checks(verify, script.get(), facts, report);
            repeated(checks, earlier, n + 1, verify);
            failing = VerifyScript.expectedFailures(script.get());
            failing.forEach(
                command ->
                    report.mapped(
                        verify,
                        "`" + command + "` is expected to fail: its command has exitCode=nonzero"));
          }
        }
        if (checks.isEmpty()) {
          ScenarioIndex.Part part = index.steps().get(n);
          report.notMapped(
              index.where(part.text().isEmpty() ? part.title() : part.text()),
              "step "
                  + (n + 1)
                  + " ("
                  + step.id()
                  + ") has no verify script: it advances when"
                  + " the learner types :next");
        }
        checked.add(
            new ImportedStep(
                step.id(), step.title(), step.pieces(), step.setup(), checks, failing));
      }
      if (facts.usesCompose()) {
        report.notMapped(
            firstCompose(steps),
            "docker compose: docklab test and reset remove the containers it makes from a directory"
                + " of the workspace, and their networks; add anything else it makes (named"
                + " volumes) to creates by hand");
      }
      if (!report.importable()) {
        return new Result(id, Optional.empty(), report);
      }
      String summary = StepTextConverter.plain(summary(index.description(), title));
      LessonWriter.Head head =
          new LessonWriter.Head(
              id,
              title,
              summary,
              Math.max(1, Math.min(600, steps.size() * 5)),
              facts.requiredImages(),
              facts.ports(),
              facts.containers(),
              facts.images(),
              facts.networks(),
              facts.volumes(),
              Stream.concat(
                      assets.stream().map(LessonWriter.SetupFile::path),
                      facts.writtenFiles().stream())
                  .distinct()
                  .toList(),
              recipes(facts.requiredImages()),
              language(title, intro, steps));
      return new Result(
          id,
          Optional.of(
              LessonWriter.write(
                  files.root().getFileName().toString(),
                  report,
                  head,
                  intro,
                  assets,
                  lessonSetup,
                  checked)),
          report);
    }

    /**
     * docklab's own offline recipes (those of the bundled course) for the images the scenario
     * needs: a lesson that carries them runs where no registry answers, as the course does.
     */
    private Map<String, ImageRecipe> recipes(List<String> images) {
      Map<String, ImageRecipe> recipes = new HashMap<>();
      for (String image : images) {
        Bundled.REQUIREMENTS
            .recipe(image)
            .ifPresent(
                recipe -> {
                  recipes.put(image, recipe);
                  report.mapped(
                      "",
                      "image "
                          + image
                          + ": docklab's offline recipe for it (the course's), for machines"
                          + " without a registry");
                });
      }
      return recipes;
    }

    /**
     * The learner's shell keeps its directory from one command to the next, and Killercoda's
     * commands often {@code cd /root/app} first: the commands after one are rewritten from there
     * ({@code /root/x} as {@code ../x}), as the lab and docklab test run them.
     */
    private void followWorkingDirectory(List<ImportedStep> steps) {
      String cwd = "";
      for (ImportedStep step : steps) {
        List<Piece> pieces = step.pieces();
        for (int i = 0; i < pieces.size(); i++) {
          if (pieces.get(i) instanceof Piece.Command command) {
            int depth = HostPaths.depth(cwd);
            if (depth > 0) {
              String run = ShellRewrite.forDocklab(command.original(), depth);
              pieces.set(
                  i,
                  new Piece.Command(run, command.where(), command.interrupt(), command.original()));
              // the text's `command` (an inline {{exec}}) shows what runs
              String span = "`" + ShellRewrite.workspacePaths(command.original()) + "`";
              for (int j = 0; j < i; j++) {
                if (pieces.get(j) instanceof Piece.Prose prose && prose.markdown().contains(span)) {
                  pieces.set(j, new Piece.Prose(prose.markdown().replace(span, "`" + run + "`")));
                }
              }
            }
            cwd = HostPaths.after(command.original(), cwd);
          } else if (pieces.get(i) instanceof Piece.Solution solution) {
            List<String> commands = new ArrayList<>();
            for (String original : solution.originals()) {
              commands.add(ShellRewrite.forDocklab(original, HostPaths.depth(cwd)));
              cwd = HostPaths.after(original, cwd);
            }
            pieces.set(i, new Piece.Solution(commands, solution.where(), solution.originals()));
          }
        }
      }
    }

    /** Where the scenario first runs Docker Compose: {@code file:line}, or "" when in a script. */
    private static String firstCompose(List<ImportedStep> steps) {
      for (ImportedStep step : steps) {
        for (Piece piece : step.pieces()) {
          if (piece instanceof Piece.Command command && CommandFacts.isCompose(command.run())) {
            return command.where();
          }
          if (piece instanceof Piece.Solution solution
              && solution.commands().stream().anyMatch(CommandFacts::isCompose)) {
            return solution.where();
          }
        }
      }
      return "";
    }

    /** Katacoda's answer file of a step: its commands as the step's reference solution. */
    private Optional<Piece> answer(String file, int step) {
      if (file.isEmpty()) {
        return Optional.empty();
      }
      Optional<String> text = files.text(file, "the answer of step " + step);
      if (text.isEmpty()) {
        return Optional.empty();
      }
      List<String> commands = new ArrayList<>();
      List<String> originals = new ArrayList<>();
      for (Piece piece : StepTextConverter.convert(file, text.get(), new ImportReport())) {
        if (piece instanceof Piece.Command command) {
          commands.add(command.run());
          originals.add(command.original());
        } else if (piece instanceof Piece.Solution solution) {
          commands.addAll(solution.commands());
          originals.addAll(solution.originals());
        }
      }
      if (commands.isEmpty()) {
        report.notMapped(file, "the answer of step " + step + " has no commands to run: left out");
        return Optional.empty();
      }
      report.mapped(file, "the answer of step " + step + ": its reference solution");
      return Optional.of(new Piece.Solution(commands, file + ":1", originals));
    }

    /** {@code ja} when the scenario is written in Japanese (it has kana), else {@code en}. */
    private String language(String title, String intro, List<ImportedStep> steps) {
      StringBuilder text = new StringBuilder(title).append(intro);
      for (ImportedStep step : steps) {
        text.append(step.title());
        step.pieces().stream()
            .filter(Piece.Prose.class::isInstance)
            .forEach(piece -> text.append(((Piece.Prose) piece).markdown()));
      }
      boolean japanese = KANA.matcher(text).find();
      if (japanese) {
        report.mapped("", "written in Japanese: languages: [ja]");
      }
      return japanese ? "ja" : "en";
    }

    /** The finish text, at the end of the last step: docklab shows nothing after it. */
    private void finish(List<Piece> pieces) {
      if (index.finish().text().isEmpty()) {
        return;
      }
      files
          .text(index.finish().text(), "the finish")
          .ifPresent(
              text -> {
                pieces.add(new Piece.Prose("---\n\n" + proseOnly(index.finish().text(), text)));
                report.mapped(
                    index.finish().text(),
                    "the finish text, at the end of the last step (docklab shows none after it)");
              });
      if (!index.finish().background().isEmpty() || !index.finish().foreground().isEmpty()) {
        report.notMapped(
            index.where(
                index.finish().background().isEmpty()
                    ? index.finish().foreground()
                    : index.finish().background()),
            "the finish's scripts: nothing runs after the last step");
      }
    }

    private String proseOnly(String file, String text) {
      StringBuilder prose = new StringBuilder();
      for (Piece piece : StepTextConverter.convert(file, text, report)) {
        if (piece instanceof Piece.Prose p) {
          prose.append(p.markdown()).append('\n');
        } else if (piece instanceof Piece.Command command) {
          prose.append("```sh\n").append(command.run()).append("\n```\n\n");
          report.notMapped(
              command.where(),
              "a command to run outside a step: shown as text (`" + command.run() + "`)");
        } else if (piece instanceof Piece.Hint hint) {
          prose.append(hint.markdown()).append('\n');
        }
      }
      return prose.toString().strip();
    }

    private List<String> script(String file, String kind) {
      if (file.isEmpty()) {
        return List.of();
      }
      Optional<String> text = files.text(file, "the " + kind + " script");
      if (text.isEmpty()) {
        return List.of();
      }
      otherMachineScript(file, text.get());
      if (kind.equals("foreground")) {
        List<String> commands = SetupScript.foreground(file, text.get(), report);
        if (!commands.isEmpty()) {
          report.mapped(
              file,
              "the rest runs as setup, unseen (Killercoda runs it in the learner's terminal)");
        }
        return commands;
      }
      return SetupScript.commands(file, text.get(), report);
    }

    private List<LessonWriter.SetupFile> assets(List<String> setup, String introScripts) {
      List<LessonWriter.SetupFile> written = new ArrayList<>();
      for (ScenarioIndex.Asset asset : index.assets()) {
        String where = index.where(asset.file());
        String target = asset.target().isEmpty() ? "/root" : asset.target();
        String dir = HostPaths.host(target.endsWith("/") ? target : target + "/");
        if (!asset.host().equals("host01")) {
          report.notMapped(
              where,
              "asset "
                  + asset.file()
                  + " for "
                  + asset.host()
                  + ": only the first machine (host01) has a docklab counterpart");
          continue;
        }
        if (dir.startsWith("/") || dir.startsWith("~")) {
          if (Pattern.compile("\\b" + Pattern.quote(asset.file()) + "\\b")
              .matcher(introScripts)
              .find()) {
            // Killercoda's pattern: the intro's script waits for /ks/init.sh and runs it.
            files
                .text("assets/" + asset.file(), "asset")
                .ifPresent(
                    script -> {
                      otherMachineScript("assets/" + asset.file(), script);
                      setup.addAll(SetupScript.commands("assets/" + asset.file(), script, report));
                    });
            continue;
          }
          report.notMapped(
              where,
              "asset "
                  + asset.file()
                  + " goes to "
                  + target
                  + ", outside the learner's home, and no script of the intro runs it: left out");
          continue;
        }
        Optional<String> content = files.text("assets/" + asset.file(), "asset");
        if (content.isEmpty()) {
          continue;
        }
        String path = (dir.equals("./") ? "" : dir) + asset.file();
        written.add(new LessonWriter.SetupFile(path, HostPaths.inFile(path, content.get())));
        report.mapped("assets/" + asset.file(), "a setup file, " + path + " in the workspace");
        if (!asset.chmod().isEmpty()) {
          setup.add("chmod " + asset.chmod() + " " + path);
        }
      }
      return written;
    }

    private void otherMachine(String where, String command) {
      String why = SetupScript.needsOtherMachine(command);
      if (why != null) {
        report.notImportable(where, "`" + command.lines().findFirst().orElse("") + "` " + why);
      }
    }

    /**
     * Killercoda's verify scripts re-check what earlier steps made (the volume still exists): such
     * a check passes before this step's work, which docklab test rejects unless it says why.
     */
    private void repeated(
        List<CheckYaml> checks, Map<String, Integer> earlier, int step, String file) {
      for (CheckYaml check : checks) {
        if ("command".equals(check.get("kind"))) {
          continue;
        }
        String yaml = check.yaml();
        Integer first = earlier.putIfAbsent(yaml, step);
        if (first != null && first != step) {
          check.put(
              "passesBefore", "step " + first + " made this already; " + file + " checks it again");
          report.mapped(
              file,
              "a check of kind "
                  + check.get("kind")
                  + " that step "
                  + first
                  + " made true already: passesBefore says so");
        }
      }
    }

    private void otherMachineScript(String file, String script) {
      String[] lines = script.split("\n");
      for (int i = 0; i < lines.length; i++) {
        String why = SetupScript.needsOtherMachine(lines[i]);
        if (why != null) {
          report.notImportable(file + ":" + (i + 1), "`" + lines[i].strip() + "` " + why);
        }
      }
    }
  }

  private static final Pattern HEADING =
      Pattern.compile("(?m)^\\s{0,3}#{1,3}\\s+(\\S.*?)\\s*#*\\s*$");

  /** The first heading of a step's text: its title when index.json gives none. */
  static Optional<String> heading(String text) {
    Matcher heading = HEADING.matcher(text.replaceAll("(?s)(```|~~~).*?\\1", ""));
    return heading.find() ? Optional.of(heading.group(1)) : Optional.empty();
  }

  /** The description's first sentence, else the title. */
  static String summary(String description, String title) {
    String text = description.replaceAll("\\s+", " ").strip();
    if (text.isEmpty()) {
      return title;
    }
    int end = text.indexOf(". ");
    return end > 0 ? text.substring(0, end + 1) : text;
  }

  /** A docklab id: lowercase letters and digits joined by single hyphens, at most 64. */
  static String slug(String text) {
    String slug =
        text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    if (slug.length() > 64) {
      slug = slug.substring(0, 64).replaceAll("-+$", "");
    }
    return slug;
  }

  private static String unique(String slug, String fallback, Set<String> taken) {
    String base = slug.isEmpty() ? fallback : slug;
    String id = base;
    for (int n = 2; taken.contains(id); n++) {
      String suffix = "-" + n;
      id =
          (base.length() + suffix.length() > 64 ? base.substring(0, 64 - suffix.length()) : base)
              + suffix;
    }
    taken.add(id);
    return id;
  }
}
