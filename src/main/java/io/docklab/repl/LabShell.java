package io.docklab.repl;

import io.docklab.check.CheckContext;
import io.docklab.check.Checks;
import io.docklab.check.EngineAccess;
import io.docklab.exec.UserShell;
import io.docklab.exec.Variables;
import io.docklab.exec.Workspace;
import io.docklab.i18n.Messages;
import io.docklab.lesson.Action;
import io.docklab.lesson.CommandAction;
import io.docklab.lesson.CommandMode;
import io.docklab.lesson.FileAction;
import io.docklab.lesson.Lesson;
import io.docklab.lesson.Step;
import io.docklab.progress.Progress;
import io.docklab.progress.ProgressStore;
import io.docklab.repl.feedback.CommandTypo;
import io.docklab.repl.feedback.Foreground;
import io.docklab.repl.feedback.FreshLine;
import io.docklab.repl.feedback.LiveLine;
import io.docklab.repl.feedback.StepProgress;
import io.docklab.util.AnsiText;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.LineReaderImpl;
import org.jline.terminal.Terminal;

/**
 * The lab prompt of one lesson at a time: shows the current step, runs what the learner types in
 * their shell, checks the step after every command (and while a server holds the terminal), and
 * carries out docklab's own {@code :} commands. Progress is saved after every completed step.
 */
final class LabShell {
  /** The exit status of a command that Ctrl-C stopped (128 + SIGINT). */
  private static final int STOPPED_WITH_CTRL_C = 130;

  private final Terminal terminal;
  private final LineReader reader;
  private final PrintWriter out;
  private final Style style;
  private final Locale locale;
  private final Supplier<List<Lesson>> lessons;
  private final Progress progress;
  private final ProgressStore store;
  private final EngineAccess engine;
  private final Path dataDirectory;
  private final Object screen;
  private LabCompleter completer;
  private final VariableSettings settings;
  private final LabQuestions questions;

  private final Foreground foreground;
  private final CommandTypo typos = CommandTypo.onThisPath();

  private Lesson lesson;
  // Volatile: a step done in the background (StepChecks.Background) moves on from its thread.
  private volatile int index;
  private volatile int hintsShown;
  private Variables variables;
  private Workspace workspace;
  private TerminalCommandRunner runner;
  private Checks checks;
  private StepChecks stepChecks;
  private AfterCommand afterCommand;
  private StepChecks.Background background;
  private volatile Supplier<String> lastOutput = () -> "";
  private boolean engineDownReported;

  LabShell(
      Terminal terminal,
      LineReader reader,
      Style style,
      Supplier<List<Lesson>> lessons,
      Progress progress,
      ProgressStore store,
      EngineAccess engine,
      Path dataDirectory,
      Object screen) {
    this.terminal = terminal;
    this.reader = reader;
    this.out = terminal.writer();
    this.style = style;
    this.locale = Messages.locale();
    this.lessons = lessons;
    this.progress = progress;
    this.store = store;
    this.engine = engine;
    this.dataDirectory = dataDirectory;
    this.screen = screen;
    this.settings = new VariableSettings(progress, style, locale);
    this.questions = new LabQuestions(reader);
    this.foreground = new Foreground(terminal);
  }

  /** The completer of the line reader, switched to lesson ids while the catalogue is shown. */
  void completer(LabCompleter completer) {
    this.completer = completer;
    completer.variableNames(() -> lesson == null ? List.of() : VariableSettings.names(lesson));
  }

  /** The directory the next command starts in, for file name completion. */
  Path currentDirectory() {
    try {
      return runner == null ? dataDirectory : runner.currentDirectory();
    } catch (IOException unavailable) {
      return dataDirectory;
    }
  }

  /** The lab prompt, as tests and benchmarks look for it: {@code docklab[LESSON 3/13]$ }. */
  String prompt() {
    String where = lesson.id() + " " + (index + 1) + "/" + lesson.steps().size();
    if (finished()) {
      where += " ✓";
    }
    return style.bold("docklab[" + where + "]$") + " ";
  }

  /** Opens {@code first} and runs the prompt until the learner leaves. */
  void run(Lesson first) {
    run(first, () -> {});
  }

  /**
   * Opens {@code first} and runs the prompt until the learner leaves; {@code atFirstPrompt} runs
   * once, when the first prompt is about to be shown (the lesson and its step are on screen).
   */
  void run(Lesson first, Runnable atFirstPrompt) {
    open(first);
    atFirstPrompt.run();
    while (true) {
      String line;
      try {
        line = ShellInputParser.readCommand(reader, prompt());
      } catch (UserInterruptException interrupt) {
        continue;
      } catch (EndOfFileException endOfInput) {
        quit();
        return;
      }
      String typed = line;
      try {
        if (!foreground.run(() -> handle(typed))) {
          quit();
          return;
        }
      } catch (InterruptedException interrupted) {
        Thread.currentThread().interrupt();
        quit();
        return;
      } catch (IOException | RuntimeException trouble) {
        say(style.bad(Messages.get("lab.error", describe(trouble))));
      }
    }
  }

  /** Carries out one line; false when the learner leaves. */
  private boolean handle(String line) throws IOException, InterruptedException {
    if (line.isBlank()) {
      return true;
    }
    stopBackground();
    Optional<ReplCommand> command = ReplCommand.parse(line);
    if (command.isEmpty()) {
      runTyped(line);
      return true;
    }
    ReplCommand parsed = command.get();
    switch (parsed.kind()) {
      case NEXT -> next();
      case BACK -> back();
      case CHECK -> check(true);
      case HINT -> hint();
      case SOLVE -> solve();
      case RUN -> runStepActions();
      case SHOW -> showStep();
      case RESET -> reset(parsed.argument());
      case STATUS -> status();
      case SET -> setVariable(parsed.argument());
      case LESSONS -> lessons(parsed.argument());
      case HELP -> say(Messages.get("lab.help", workspaceText()));
      case QUIT -> {
        return false;
      }
      case UNKNOWN -> say(Messages.get("lab.unknownCommand", parsed.word()));
    }
    return true;
  }

  // --- Lessons and steps -------------------------------------------------------------------

  private void open(Lesson chosen) {
    lesson = chosen;
    workspace = Workspace.forLesson(dataDirectory, chosen.id());
    runner = new TerminalCommandRunner(terminal, workspace, UserShell.fromEnvironment(), screen);
    lastOutput = () -> AnsiText.strip(runner.tail().text());
    useVariables();
    Set<String> done = progress.done(chosen.id());
    index = firstUnfinished();
    hintsShown = 0;
    if (done.isEmpty()) {
      say(view().intro(chosen));
      settings.describe(chosen, width()).ifPresent(values -> say("\n" + values));
      say("\n" + Messages.get("lab.lesson.workspace", workspaceText()));
    } else {
      say(Messages.get("lab.lesson.resume", chosen.title().in(locale), index + 1, size()));
    }
    showStep();
  }

  /** The lesson's variable values as they now are, for commands, files and checks. */
  private void useVariables() {
    if (checks != null) {
      checks.close();
    }
    variables = settings.values(lesson);
    checks =
        new Checks(new CheckContext(engine, workspace, variables, () -> lastOutput.get(), locale));
    stepChecks = new StepChecks(checks, style);
    afterCommand = new AfterCommand(stepChecks, style);
  }

  private void setVariable(String argument) {
    VariableSettings.Outcome outcome = settings.set(lesson, argument, width(), questions::ask);
    say(outcome.message());
    if (outcome.changed()) {
      save();
      useVariables();
    }
  }

  private int firstUnfinished() {
    Set<String> done = progress.done(lesson.id());
    for (int i = 0; i < size(); i++) {
      if (!done.contains(lesson.steps().get(i).id())) {
        return i;
      }
    }
    return size() - 1;
  }

  private boolean finished() {
    Set<String> done = progress.done(lesson.id());
    return lesson.steps().stream().allMatch(step -> done.contains(step.id()));
  }

  private int size() {
    return lesson.steps().size();
  }

  private Step step() {
    return lesson.steps().get(index);
  }

  private StepView view() {
    return new StepView(style, width(), locale);
  }

  private void showStep() {
    say(view().render(lesson, index, progress.done(lesson.id()), variables, workspaceText()));
  }

  private void moveTo(int newIndex) {
    index = newIndex;
    hintsShown = 0;
    progress.setCurrent(lesson.id(), step().id());
    save();
    showStep();
  }

  private void next() {
    if (index + 1 >= size()) {
      say(Messages.get("lab.next.last"));
      return;
    }
    if (!progress.done(lesson.id()).contains(step().id())) {
      say(style.dim(Messages.get("lab.next.skipped", index + 1)));
    }
    moveTo(index + 1);
  }

  private void back() {
    if (index == 0) {
      say(Messages.get("lab.back.first"));
      return;
    }
    moveTo(index - 1);
  }

  private void lessons(String argument) {
    CatalogueView catalogue = new CatalogueView(lessons.get(), style, locale);
    Optional<Lesson> chosen;
    if (!argument.isEmpty()) {
      chosen = catalogue.choose(argument);
      if (chosen.isEmpty()) {
        say(Messages.get("lab.catalogue.unknown", argument, catalogue.lessons().size()));
        return;
      }
    } else {
      chosen = new CataloguePicker(reader, out, catalogue, completer).pick(progress);
    }
    chosen.ifPresentOrElse(this::open, this::showStep);
  }

  // --- Commands typed by the learner -------------------------------------------------------

  private void runTyped(String line) throws IOException, InterruptedException {
    Optional<String> meant = typos.corrected(line);
    if (meant.isPresent()) {
      say(
          style.warn(
              Messages.get("lab.feedback.typo", line.strip().split("\\s+")[0], meant.get())));
      return;
    }
    runCommand(line, isStepCommand(line));
    if (line.strip().equals("exit")) {
      say(style.dim(Messages.get("lab.exitHint")));
    }
  }

  /**
   * True when {@code line} is one of the step's own commands (spacing and continued lines aside).
   */
  private boolean isStepCommand(String line) {
    String typed = StepProgress.normalised(line);
    for (CommandAction command : StepView.commands(step().actions())) {
      if (StepProgress.normalised(variables.text(command.run())).equals(typed)
          || StepProgress.normalised(command.run()).equals(typed)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Runs a command with the learner at the keyboard, watching the step while it runs, then checks
   * the step. Failures are shown when {@code meant} (the command was to complete the step).
   */
  private int runCommand(String line, boolean meant) throws IOException, InterruptedException {
    Step watched = step();
    boolean open = !finished() && !progress.done(lesson.id()).contains(watched.id());
    StepChecks.Watch watch =
        open ? stepChecks.watch(watched, verdict -> passedWhileRunning(watched)) : null;
    TerminalCommandRunner.Outcome outcome;
    try {
      outcome = runner.run(line);
    } finally {
      if (watch != null) {
        watch.stop();
      }
    }
    lastOutput = () -> AnsiText.strip(runner.tail().text());
    if (!FreshLine.after(outcome.output())) {
      say(""); // docklab's lines and the prompt start on a line of their own
    }
    reportPortTaken(outcome.output());
    if (progress.done(lesson.id()).contains(watched.id()) && step() == watched && open) {
      advance();
    } else if (open) {
      checkAfterCommand(line, outcome.exitCode(), meant);
    }
    return outcome.exitCode();
  }

  /** Called on the watching thread: the step passed while its command still runs. */
  private void passedWhileRunning(Step watched) {
    boolean server =
        StepView.commands(watched.actions()).stream()
            .anyMatch(command -> command.mode() == CommandMode.LONG_RUNNING);
    progress.markDone(lesson.id(), watched.id());
    save();
    String key = server ? "lab.step.doneWhileRunning" : "lab.step.doneWhileRunningPlain";
    runner.printAside(style.ok(Messages.get(key, index + 1, size(), watched.title().in(locale))));
  }

  private void reportPortTaken(String output) {
    PortTaken.in(AnsiText.strip(output))
        .ifPresent(port -> say(style.warn(Messages.get("lab.portTaken", port))));
  }

  private void checkAfterCommand(boolean meant) throws InterruptedException {
    checkAfterCommand(null, 0, meant);
  }

  /** Checks the step once after {@code line} ended, and says what fits (see AfterCommand). */
  private void checkAfterCommand(String line, int exitCode, boolean meant)
      throws InterruptedException {
    Step watched = step();
    AfterCommand.Answer answer = afterCommand.judge(watched, variables, line, exitCode, meant);
    if (answer.kind() == AfterCommand.Kind.ENGINE_DOWN) {
      reportEngineDown();
      return;
    }
    engineDownReported = false;
    answer.lines().forEach(this::say);
    if (answer.kind() == AfterCommand.Kind.PASSED) {
      completeStep();
    } else if (answer.kind() == AfterCommand.Kind.WATCH) {
      background =
          stepChecks.background(watched, answer.window(), verdict -> endOfWatch(watched, verdict));
    }
  }

  /** Called on the background watch's thread, the learner at the prompt. */
  private void endOfWatch(Step watched, StepChecks.Verdict verdict) {
    if (step() != watched) {
      return;
    }
    if (verdict.passed()) {
      completeStep();
    } else {
      stepChecks.describe(verdict, false).forEach(this::say);
    }
    if (reader instanceof LineReaderImpl impl) {
      impl.setPrompt(prompt());
    }
    try {
      reader.callWidget(LineReader.REDISPLAY);
    } catch (IllegalStateException notReading) {
      // The learner pressed Enter meanwhile: the next prompt shows the step as it is.
    }
  }

  private void stopBackground() throws InterruptedException {
    if (background != null) {
      background.cancel();
      background = null;
    }
  }

  private void check(boolean asked) throws InterruptedException {
    if (step().checks().isEmpty()) {
      say(Messages.get("lab.check.none"));
      return;
    }
    StepChecks.Verdict verdict =
        stepChecks.evaluate(step(), true, new LiveLine(out, screen, this::width));
    if (verdict.engineUnreachable()) {
      engineDownReported = false;
      reportEngineDown();
      return;
    }
    stepChecks.describe(verdict, asked).forEach(this::say);
    if (verdict.passed() && !progress.done(lesson.id()).contains(step().id())) {
      completeStep();
    }
  }

  private void reportEngineDown() {
    if (!engineDownReported) {
      say(style.warn(Messages.get("lab.engineDown", stepChecks.engineAddress())));
      engineDownReported = true;
    }
  }

  private void completeStep() {
    progress.markDone(lesson.id(), step().id());
    say(style.ok(Messages.get("lab.step.done", index + 1, size(), step().title().in(locale))));
    advance();
  }

  /** After a step is done: on to the next one, or the lesson is complete. */
  private void advance() {
    if (finished()) {
      save();
      say("\n" + style.ok(Messages.get("lab.lesson.finished", lesson.title().in(locale))));
      return;
    }
    int next = index + 1 < size() ? index + 1 : firstUnfinished();
    moveTo(next);
  }

  // --- Hints, solutions, resets ------------------------------------------------------------

  private void hint() {
    List<io.docklab.lesson.Text> hints = step().hints();
    if (hints.isEmpty()) {
      say(Messages.get("lab.hint.none"));
      return;
    }
    if (hintsShown >= hints.size()) {
      say(Messages.get("lab.hint.noMore"));
      return;
    }
    hintsShown++;
    String text = variables.text(hints.get(hintsShown - 1).in(locale));
    String rendered =
        new io.docklab.repl.render.MarkdownRenderer(width() - 12, style.colour()).render(text);
    say(Messages.get("lab.hint", hintsShown, hints.size(), rendered));
  }

  private void solve() throws IOException, InterruptedException {
    List<Action> solution = step().referenceSolution();
    if (solution.isEmpty()) {
      say(Messages.get("lab.solve.nothing"));
      return;
    }
    say(Messages.get("lab.solve.show"));
    for (Action action : solution) {
      if (action instanceof FileAction file) {
        say("  " + Messages.get("lab.solve.file", style.code(file.path())));
        out.print(view().block(variables.text(file.content())));
      } else if (action instanceof CommandAction command) {
        say("  " + style.code("$ " + variables.text(command.run())));
      }
    }
    if (!confirm(Messages.get("lab.solve.confirm"))) {
      say(Messages.get("lab.solve.cancelled"));
      return;
    }
    List<Action> batch = new ArrayList<>();
    for (Action action : solution) {
      if (action instanceof CommandAction command && command.mode() == CommandMode.LONG_RUNNING) {
        if (!runSolutionBatch(batch)) {
          return;
        }
        batch.clear();
        say(style.code("$ " + variables.text(command.run())));
        runCommand(variables.command(command.run()), true);
        return;
      }
      batch.add(action);
    }
    if (runSolutionBatch(batch)) {
      checkAfterCommand(true);
    }
  }

  /** Runs actions without the learner (scripted input); false when one failed. */
  private boolean runSolutionBatch(List<Action> batch) throws IOException, InterruptedException {
    if (batch.isEmpty()) {
      return true;
    }
    SolutionRun.Result result = new SolutionRun(terminal).run(batch, workspace, variables);
    lastOutput = () -> AnsiText.strip(result.lastOutput());
    if (!result.outcome().succeeded()) {
      say(style.bad(Messages.get("lab.solve.failed", result.outcome().problem())));
      return false;
    }
    return true;
  }

  /** {@code :run}: writes the step's files and runs its commands, the learner at the keyboard. */
  private void runStepActions() throws IOException, InterruptedException {
    List<Action> actions = step().actions();
    if (actions.isEmpty()) {
      say(Messages.get("lab.solve.nothing"));
      return;
    }
    boolean ranCommand = false;
    List<CommandAction> commands = StepView.commands(actions);
    CommandAction last = commands.isEmpty() ? null : commands.get(commands.size() - 1);
    for (Action action : actions) {
      if (action instanceof FileAction file) {
        workspace.writeFile(file.path(), variables.text(file.content()));
        say(Messages.get("lab.run.file", style.code(file.path())));
      } else if (action instanceof CommandAction command) {
        Step before = step();
        say(style.code("$ " + variables.text(command.run())));
        // What is missing is said after the last command only: the others only lead up to it.
        int exitCode = runCommand(variables.command(command.run()), command == last);
        ranCommand = true;
        if (exitCode == STOPPED_WITH_CTRL_C) {
          return; // Ctrl-C stops :run, not only its command.
        }
        if (step() != before || finished()) {
          return; // The step is done.
        }
      }
    }
    if (!ranCommand) {
      checkAfterCommand(true);
    }
  }

  private void reset(String argument) throws IOException {
    if (argument.equalsIgnoreCase("lesson")) {
      resetLesson();
    } else if (argument.isEmpty()) {
      resetStep();
    } else {
      say(Messages.get("lab.reset.usage"));
    }
  }

  private void resetStep() throws IOException {
    List<String> files = StepView.files(step().actions()).stream().map(FileAction::path).toList();
    String listed = files.isEmpty() ? Messages.get("lab.reset.noFiles") : String.join(", ", files);
    if (!confirm(Messages.get("lab.reset.stepConfirm", index + 1, listed))) {
      say(Messages.get("lab.solve.cancelled"));
      return;
    }
    List<Path> removed = workspace.deleteFiles(files);
    progress.markNotDone(lesson.id(), step().id());
    save();
    String names =
        removed.isEmpty()
            ? ""
            : Messages.get(
                "lab.reset.removed",
                String.join(", ", removed.stream().map(p -> p.getFileName().toString()).toList()));
    say(Messages.get("lab.reset.stepDone", index + 1, names));
    hintsShown = 0;
    showStep();
  }

  private void resetLesson() {
    String what = String.join(", ", LessonReset.plan(lesson, variables));
    if (!confirm(Messages.get("lab.reset.lessonConfirm", lesson.id(), what))) {
      say(Messages.get("lab.solve.cancelled"));
      return;
    }
    new LessonReset(engine, style).clean(lesson, workspace, variables).forEach(this::say);
    progress.clear(lesson.id());
    save();
    runner.backToWorkspace();
    index = 0;
    hintsShown = 0;
    showStep();
  }

  private void status() {
    new LessonStatusView(style, locale)
        .lines(lesson, progress.done(lesson.id()), index, workspaceText(), store.file())
        .forEach(this::say);
  }

  // --- Small helpers -----------------------------------------------------------------------

  private boolean confirm(String question) {
    return questions.confirm(question);
  }

  private void save() {
    try {
      store.save(progress);
    } catch (IOException failed) {
      say(style.warn(Messages.get("lab.saveFailed", store.file(), describe(failed))));
    }
  }

  private void quit() {
    try {
      stopBackground();
    } catch (InterruptedException leaving) {
      Thread.currentThread().interrupt();
    }
    save();
    say(Messages.get(finished() ? "lab.quit.finished" : "lab.quit", lesson.id(), index + 1));
    if (checks != null) {
      checks.close();
    }
  }

  private String workspaceText() {
    return workspace.toString();
  }

  private int width() {
    return terminal.getWidth() > 0 ? terminal.getWidth() : 80;
  }

  private void say(String text) {
    synchronized (screen) {
      if (reader.isReading()) { // a step done in the background: above the prompt
        reader.printAbove(Wrap.lines(text, width()));
        return;
      }
      out.println(Wrap.lines(text, width()));
      out.flush();
    }
  }

  private static String describe(Exception exception) {
    if (exception instanceof io.docklab.docker.EngineUnreachableException unreachable) {
      return unreachable.describe();
    }
    String message = exception.getMessage();
    return message == null || message.isBlank() ? exception.getClass().getSimpleName() : message;
  }
}
