package io.docklab.repl;

import io.docklab.check.ProbeSweep;
import io.docklab.classroom.learner.ClassReporter;
import io.docklab.docker.EngineAccess;
import io.docklab.docker.EngineAddress;
import io.docklab.i18n.Messages;
import io.docklab.lesson.Lesson;
import io.docklab.progress.ProgressStore;
import io.docklab.repl.render.Style;
import io.docklab.repl.render.Wrap;
import io.docklab.util.DataDirectory;
import io.docklab.util.TaskFailure;
import io.docklab.util.Terminals;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.terminal.impl.DumbTerminal;

/**
 * The guided lab that {@code docklab} opens: the catalogue to pick a lesson from, then the lab
 * prompt of that lesson. Wired in stages: terminal, progress, engine access (connected only after
 * the first prompt is up), completion, line reader, loop.
 */
public final class Lab {
  /** How long after the first prompt the engine is connected in the background. */
  private static final long WARM_UP_DELAY_MILLIS = 300;

  /** How long a leaving lab waits, at most, for the class's reporter to write what it was told. */
  private static final java.time.Duration CLASS_PATIENCE = java.time.Duration.ofSeconds(1);

  /**
   * Set in the environment of every command typed at the lab prompt, to the lesson's id: a {@code
   * docklab} typed there would open a second lab on the same progress file.
   */
  public static final String INSIDE = "DOCKLAB_LAB";

  private final Supplier<List<Lesson>> lessons;

  public Lab(List<Lesson> lessons) {
    List<Lesson> all = List.copyOf(lessons);
    this.lessons = () -> all;
  }

  /**
   * A lab whose catalogue is loaded from {@code lessons} when it is first needed (the catalogue, a
   * lesson id to complete), and once: {@code docklab start} shows its lesson without it.
   */
  public Lab(Supplier<List<Lesson>> lessons) {
    this.lessons = once(lessons);
  }

  private static Supplier<List<Lesson>> once(Supplier<List<Lesson>> source) {
    return new Supplier<>() {
      private List<Lesson> loaded;

      @Override
      public synchronized List<Lesson> get() {
        if (loaded == null) {
          loaded = List.copyOf(source.get());
        }
        return loaded;
      }
    };
  }

  /**
   * Runs the lab in {@code first} until the learner leaves, on the terminal of {@code opening}
   * (from {@link #startOpening}), which it closes, else on one of its own.
   */
  public void open(Lesson first, Future<Optional<Opening>> opening) throws IOException {
    open(Optional.of(first), opening);
  }

  /**
   * Runs the lab until the learner leaves, in {@code first} when given, else from the catalogue, on
   * the terminal of {@code opening} (from {@link #startOpening}), which it closes, else on one of
   * its own.
   */
  public void open(Optional<Lesson> first, Future<Optional<Opening>> opening) throws IOException {
    Optional<Opening> opened = await(opening);
    open(first, opened.isPresent() ? opened.get() : Opening.open());
  }

  /**
   * On a terminal, starts opening it and reading the learner's progress on a thread of their own,
   * so that both are ready when the lesson has been parsed (each takes a tenth of a second or more;
   * the machine has cores to spare). Elsewhere (a pipe, a script) the result is empty: the lab
   * opens a terminal of its own when it starts.
   */
  public static Future<Optional<Opening>> startOpening() {
    FutureTask<Optional<Opening>> opening =
        new FutureTask<>(
            () -> Terminals.interactive() ? Optional.of(Opening.open()) : Optional.empty());
    Thread thread = new Thread(opening, "docklab-terminal");
    thread.setDaemon(true);
    thread.start();
    return opening;
  }

  /**
   * Closes a terminal from {@link #startOpening} that the lab will not use after all; a progress
   * file it had to set aside is said there first, as the lab would have said it.
   */
  public static void discard(Future<Optional<Opening>> opening) {
    try {
      Optional<Opening> opened = await(opening);
      if (opened.isPresent()) {
        Terminal terminal = opened.get().terminal();
        opened
            .get()
            .loaded()
            .problem()
            .ifPresent(
                problem -> terminal.writer().println(Wrap.lines(problem, terminal.getWidth())));
        terminal.flush();
        terminal.close();
      }
    } catch (IOException | RuntimeException unusable) {
      // Nothing was shown on it.
    }
  }

  /**
   * What the lab needs before its first prompt, whatever the lesson: the terminal, and the
   * learner's progress with the store it is saved to.
   */
  public record Opening(
      Terminal terminal, Path data, ProgressStore store, ProgressStore.Loaded loaded) {
    static Opening open() throws IOException {
      Terminal terminal = Lab.terminal();
      try {
        Path data = DataDirectory.resolve();
        // Made by the store, which says in one line when it cannot be written.
        ProgressStore store = ProgressStore.in(data);
        return new Opening(terminal, data, store, store.load());
      } catch (RuntimeException unusable) {
        terminal.close();
        throw unusable;
      }
    }
  }

  private static <T> T await(Future<T> opening) throws IOException {
    try {
      return opening.get();
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while opening the terminal");
    } catch (ExecutionException failed) {
      if (TaskFailure.rethrowUnchecked(failed) instanceof IOException io) {
        throw io;
      }
      throw new IOException(failed.getCause());
    }
  }

  private void open(Optional<Lesson> first, Opening opening) throws IOException {
    Path data = opening.data();
    ProgressStore store = opening.store();
    ProgressStore.Loaded loaded = opening.loaded();
    try (Terminal terminal = opening.terminal()) {
      Style style = new Style(Style.wanted(terminal.getType(), System.getenv("NO_COLOR")));
      PrintWriter out = terminal.writer();

      // Progress: a file that cannot be used is set aside and said so.
      loaded
          .problem()
          .ifPresent(problem -> out.println(Wrap.lines(style.warn(problem), terminal.getWidth())));

      // The engine, reached only when a check or a completion first needs it.
      try (EngineAccess engine = new EngineAccess(EngineAddress.fromEnvironment());
          EngineNames names = new EngineNames(engine)) {
        // What the lab's commands share: the screen, the progress, the engine, the open lesson.
        LabContext lab =
            new LabContext(
                new Screen(terminal, style), loaded.progress(), store, engine, data, lessons);
        // The class joined (docklab class join), if any, is told what the learner does.
        // The class's status line shows at the right of the prompt. The reporter begins once the
        // first prompt is up (its HTTP client and the server's answers are no part of the start).
        Optional<ClassReporter> joined = ClassReporter.joined(data);
        joined.ifPresent(
            reporter -> {
              lab.reportTo(reporter);
              lab.showClass(ClassStatusLine.of(reporter, lab.screen()));
            });

        // Completion: the commands are registered by the shell below, once the line reader they
        // ask their questions with exists; the completer reads them when Tab is pressed.
        LabCommands commands = new LabCommands();
        LabCompleter completer =
            new LabCompleter(
                commands,
                () -> lessons.get().stream().map(Lesson::id).toList(),
                names,
                lab::currentDirectory);

        // The line reader: a command that is not complete yet (a here-document, a trailing
        // backslash) goes on on "> " lines, as in bash.
        ShellInputParser parser = ShellInputParser.withBash();
        LineReader reader =
            LineReaderBuilder.builder()
                .terminal(terminal)
                .appName("docklab")
                .completer(completer)
                .parser(parser)
                .variable(LineReader.SECONDARY_PROMPT_PATTERN, ShellInputParser.CONTINUATION_PROMPT)
                .variable(LineReader.HISTORY_FILE, store.saves() ? data.resolve("history") : null)
                .variable(LineReader.HISTORY_SIZE, 2_000)
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                .option(LineReader.Option.HISTORY_IGNORE_SPACE, false)
                .build();
        ShellInputParser.enterEndsTheLine(reader);

        // The shell: registers the commands and runs the prompt.
        LabShell shell = new LabShell(lab, reader, commands, completer);

        // The loop, in the lesson asked for or the one picked from the catalogue.
        Optional<Lesson> lesson =
            first.isPresent()
                ? first
                : new CataloguePicker(
                        reader,
                        out,
                        new CatalogueView(lessons.get(), style, Messages.locale()),
                        completer)
                    .pick(loaded.progress());
        if (lesson.isEmpty()) {
          joined.ifPresent(reporter -> reporter.finish(CLASS_PATIENCE));
          return;
        }
        // The engine is connected once the lesson is on screen, so that its connection (a
        // thousand classes) does not compete with the first prompt for the processor.
        shell.run(lesson.get(), () -> warmUpLater(names, parser, engine, joined));
        joined.ifPresent(reporter -> reporter.finish(CLASS_PATIENCE));
        reader.getHistory().save();
      }
    }
  }

  /**
   * Walks what the lab does before its first prompt (progress file, catalogue, step view,
   * completion, the command parser) without a terminal, the engine or the learner's files, so that
   * a class-data sharing archive records those classes ({@code docklab cds-training}).
   */
  public static void train(List<Lesson> lessons) throws IOException {
    Path scratch = Files.createTempDirectory("docklab-training-");
    try {
      ProgressStore store = ProgressStore.in(scratch);
      io.docklab.progress.Progress progress = store.load().progress();
      for (Lesson lesson : lessons) {
        progress.markDone(lesson.id(), lesson.steps().get(0).id());
        progress.setCurrent(lesson.id(), lesson.steps().get(0).id());
      }
      store.save(progress);
      progress = store.load().progress();
      for (boolean colour : List.of(true, false)) {
        Style style = new Style(colour);
        Wrap.lines(new CatalogueView(lessons, style, Messages.locale()).render(progress, 100), 100);
        for (Lesson lesson : lessons) {
          StepView view = new StepView(style, 100, Messages.locale());
          view.intro(lesson, io.docklab.exec.Variables.defaults(lesson));
          view.render(
              lesson,
              0,
              progress.done(lesson.id()),
              io.docklab.exec.Variables.defaults(lesson),
              scratch.toString());
        }
      }
      walkToFirstPrompt(lessons, store, scratch);
      ReplCommand.parse(":reset lesson");
      ReplCommand.parse("docker ps");
      new LabCompleter(
          new LabCommands(),
          List::of,
          new EngineNames(() -> EngineNames.Names.NONE),
          () -> scratch);
    } finally {
      try (var files = Files.walk(scratch)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
      }
    }
  }

  /**
   * What {@code docklab start} does from the terminal on: the lab shell opens a lesson (workspace,
   * checks, step view) on a terminal that reads {@code :quit} at the first prompt. The engine is
   * not reached: nothing before the first prompt needs it.
   */
  private static void walkToFirstPrompt(List<Lesson> lessons, ProgressStore store, Path scratch)
      throws IOException {
    try (Terminal terminal =
            new DumbTerminal(
                "docklab",
                "xterm-256color",
                new ByteArrayInputStream(":quit\n".getBytes(StandardCharsets.UTF_8)),
                OutputStream.nullOutputStream(),
                StandardCharsets.UTF_8);
        EngineAccess engine = new EngineAccess(EngineAddress.fromEnvironment())) {
      LineReader reader =
          LineReaderBuilder.builder()
              .terminal(terminal)
              .appName("docklab")
              .parser(ShellInputParser.withBash())
              .variable(LineReader.HISTORY_FILE, scratch.resolve("history"))
              .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
              .build();
      LabContext lab =
          new LabContext(
              new Screen(terminal, new Style(true)),
              store.load().progress(),
              store,
              engine,
              scratch,
              () -> lessons);
      LabCommands commands = new LabCommands();
      LabCompleter completer =
          new LabCompleter(
              commands, List::of, new EngineNames(() -> EngineNames.Names.NONE), () -> scratch);
      new LabShell(lab, reader, commands, completer).run(lessons.get(0));
    }
  }

  /**
   * The system terminal through JLine's JNI provider, which asks the kernel directly; when that
   * provider is not available here (another platform, no native library), JLine's own choice, which
   * may run {@code stty} and {@code test -t} (a third of a second, half of it under load).
   */
  private static Terminal terminal() throws IOException {
    capabilities().ifPresent(TerminalCapabilities::preload);
    try {
      return terminalBuilder().provider("jni").dumb(false).build();
    } catch (IOException | RuntimeException | LinkageError jniUnavailable) {
      return terminalBuilder().build();
    }
  }

  private static TerminalBuilder terminalBuilder() {
    return TerminalBuilder.builder()
        .system(true)
        // UTF-8 whatever the locale says, also for each stream: from Java 19 on, JLine takes
        // their encodings from stdout.encoding and the like, ASCII under a missing locale.
        .encoding(StandardCharsets.UTF_8)
        .stdinEncoding(StandardCharsets.UTF_8)
        .stdoutEncoding(StandardCharsets.UTF_8)
        .stderrEncoding(StandardCharsets.UTF_8)
        .nativeSignals(true)
        // Keys never signal docklab itself: Ctrl-C at the prompt is the line reader's, and
        // during a command it goes to the command as a byte.
        .signalHandler(signal -> {});
  }

  private static Optional<TerminalCapabilities> capabilities() {
    return TerminalCapabilities.of(DataDirectory.resolve(), System.getenv("TERM"));
  }

  /**
   * Once the first prompt is up: connects the engine (for completion and checks), keeps the
   * terminal's capabilities for the next start, and asks bash a first question, so that the first
   * here-document does not wait for the JVM's first process; then removes the throwaway containers
   * an earlier run left behind ({@link ProbeSweep}).
   */
  private static void warmUpLater(
      EngineNames names,
      ShellInputParser parser,
      EngineAccess engine,
      Optional<ClassReporter> joined) {
    Thread warmUp =
        new Thread(
            () -> {
              try {
                Thread.sleep(WARM_UP_DELAY_MILLIS);
                joined.ifPresent(ClassReporter::begin);
                parser.warmUp();
                names.warmUp();
                capabilities().ifPresent(TerminalCapabilities::refresh);
                ProbeSweep.sweep(engine, false);
              } catch (InterruptedException leaving) {
                Thread.currentThread().interrupt();
              }
            },
            "docklab-warm-up");
    warmUp.setDaemon(true);
    warmUp.start();
  }
}
