package io.docklab.repl;

import io.docklab.i18n.Messages;
import io.docklab.lesson.Lesson;
import io.docklab.lesson.Variable;
import io.docklab.repl.LabCommand.Argument;
import io.docklab.repl.feedback.Foreground;
import io.docklab.session.LessonSession;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.UserInterruptException;

/**
 * The lab prompt of one lesson at a time: reads a line, hands a line for the shell to {@link
 * TypedCommands} and a {@code :} command to the handler it was registered with ({@link #register},
 * the one place that lists docklab's commands). Progress is saved as the session changes.
 */
final class LabShell {
  private final LabContext lab;
  private final LineReader reader;
  private final LabCommands commands;
  private final StepFlow flow;
  private final TypedCommands typed;
  private final Foreground foreground;

  LabShell(LabContext lab, LineReader reader, LabCommands commands, LabCompleter completer) {
    this.lab = lab;
    this.reader = reader;
    this.commands = commands;
    this.flow = new StepFlow(lab);
    this.typed = new TypedCommands(lab, flow, this::prompt);
    this.foreground = new Foreground(lab.screen().terminal());
    lab.screen().readWith(reader);
    LabQuestions questions = new LabQuestions(reader);
    register(
        new SolutionCommands(lab, typed, questions),
        new ResetCommands(lab, flow, questions),
        new LessonChoices(lab, flow, reader, completer, questions));
  }

  /** docklab's {@code :} commands: each with its names, help, arguments and handler. */
  private void register(SolutionCommands solutions, ResetCommands resets, LessonChoices choices) {
    commands
        .add(LabCommand.named("next", "n").help("lab.command.next").does(none -> flow.next()))
        .add(LabCommand.named("back", "b").help("lab.command.back").does(none -> flow.back()))
        .add(LabCommand.named("check", "c").help("lab.command.check").does(none -> typed.check()))
        .add(LabCommand.named("hint", "h").help("lab.command.hint").does(none -> flow.hint()))
        .add(LabCommand.named("solve").help("lab.command.solve").does(none -> solutions.solve()))
        .add(LabCommand.named("run").help("lab.command.run").does(none -> solutions.runStep()))
        .add(LabCommand.named("show", "s").help("lab.command.show").does(none -> flow.show()))
        .add(
            LabCommand.named("reset")
                .help("lab.command.reset")
                .arguments(LabCommand.Arguments.fixed("lesson", "lab.command.reset.lesson"))
                .does(resets::reset))
        .add(LabCommand.named("status").help("lab.command.status").does(none -> status()))
        .add(
            LabCommand.named("set")
                .help("lab.command.set")
                .arguments(this::variables)
                .does(choices::set))
        .add(
            LabCommand.named("lessons", "l", "lesson")
                .help("lab.command.lessons")
                .arguments(this::lessons)
                .does(choices::lessons))
        .add(LabCommand.named("help", "?").help("lab.command.help").does(none -> help()))
        .add(LabCommand.named("quit", "q", "exit").help("lab.command.quit").leaves(none -> {}));
  }

  /**
   * The lab prompt, as tests and benchmarks look for it: {@code docklab[LESSON 3/13]$ }, with the
   * directory when the learner has left the workspace ({@code docklab[LESSON 3/13 /tmp]$ }).
   */
  String prompt() {
    LessonSession session = lab.session();
    String where = session.lesson().id() + " " + session.number() + "/" + session.size();
    if (session.finished()) {
      where += " ✓";
    }
    where += PromptDirectory.of(lab.lesson().runner().state());
    return lab.style().bold("docklab[" + where + "]$") + " ";
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
    flow.open(first);
    atFirstPrompt.run();
    while (true) {
      String line;
      try {
        line = ShellInputParser.readCommand(reader, prompt(), lab.rightPrompt());
      } catch (UserInterruptException interrupt) {
        continue;
      } catch (EndOfFileException endOfInput) {
        quit();
        return;
      }
      String typedLine = line;
      try {
        // Between two prompts, keys typed stay out of docklab's lines and Ctrl-C stops the work.
        if (!foreground.run(() -> handle(typedLine))) {
          quit();
          return;
        }
      } catch (InterruptedException interrupted) {
        Thread.currentThread().interrupt();
        quit();
        return;
      } catch (IOException | RuntimeException trouble) {
        lab.say(lab.style().bad(Messages.get("lab.error", LabContext.describe(trouble))));
      }
    }
  }

  /** Carries out one line; false when the learner leaves. */
  private boolean handle(String line) throws IOException, InterruptedException {
    if (line.isBlank()) {
      return true;
    }
    typed.stopBackground();
    Optional<ReplCommand> parsed = ReplCommand.parse(line);
    if (parsed.isEmpty()) {
      typed.runTyped(line);
      return true;
    }
    ReplCommand command = parsed.get();
    Optional<LabCommand> known = commands.find(command.word());
    if (known.isEmpty()) {
      lab.say(Messages.get("lab.unknownCommand", command.word()));
      return true;
    }
    return known.get().handler().run(command.argument());
  }

  private void help() {
    StringBuilder text = new StringBuilder(Messages.get("lab.help", workspace()));
    commands.helpLines().forEach(line -> text.append('\n').append(line));
    lab.say(text.append('\n').append(Messages.get("lab.help.tab")).toString());
  }

  private void status() {
    LessonSession session = lab.session();
    new LessonStatusView(lab.style(), Messages.locale())
        .lines(
            session.lesson(),
            lab.lesson().variables(),
            session.done(),
            session.index(),
            workspace(),
            lab.store().file())
        .forEach(lab::say);
  }

  /** What Tab offers after {@code :set}: the open lesson's variables, with what each is for. */
  private List<Argument> variables() {
    OpenLesson open = lab.lesson();
    if (open == null) {
      return List.of();
    }
    Locale locale = Messages.locale();
    return open.session().lesson().variables().stream()
        .map((Variable v) -> new Argument(v.name(), v.prompt().in(locale), false))
        .toList();
  }

  /** What Tab offers after {@code :lessons}: the lesson ids, with their titles. */
  private List<Argument> lessons() {
    Locale locale = Messages.locale();
    return lab.lessons().get().stream()
        .map(lesson -> new Argument(lesson.id(), lesson.title().in(locale), false))
        .toList();
  }

  private void quit() {
    try {
      typed.stopBackground();
    } catch (InterruptedException leaving) {
      Thread.currentThread().interrupt();
    }
    LessonSession session = lab.session();
    boolean saved = lab.save(lab.progress());
    String key =
        !saved ? "lab.quit.notSaved" : session.finished() ? "lab.quit.finished" : "lab.quit";
    lab.say(Messages.get(key, session.lesson().id(), session.number()));
    lab.lesson().close();
  }

  private String workspace() {
    return lab.lesson().workspace().toString();
  }
}
