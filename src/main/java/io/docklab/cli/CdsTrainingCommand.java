package io.docklab.cli;

import io.docklab.i18n.Messages;
import io.docklab.lesson.Lesson;
import io.docklab.lesson.Step;
import io.docklab.lesson.catalog.LessonCatalog;
import io.docklab.repl.render.MarkdownRenderer;
import io.docklab.repl.render.StepHeader;
import io.docklab.util.Terminals;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.terminal.impl.DumbTerminal;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/**
 * {@code docklab cds-training} (hidden): walks the path from start to the REPL's first prompt once,
 * so that {@code ./install.sh} can record the classes it loads in a class-data sharing archive
 * ({@code target/docklab.jsa}) that makes every later start faster. Prints nothing and touches
 * neither the Docker engine nor the learner's files.
 *
 * <p>When the REPL grows, add what it loads before its first prompt to {@link #walkToPrompt}.
 */
@Command(name = "cds-training", hidden = true, description = "Load the start-up classes once.")
final class CdsTrainingCommand implements Callable<Integer> {
  private static final List<Integer> WIDTHS = List.of(40, 100);

  @ParentCommand DocklabCommand docklab;

  @Override
  public Integer call() throws IOException {
    Locale chosen = Messages.locale();
    // What `docklab start LESSON` does first: its command line, the terminal test, and one lesson
    // found without the others.
    QuickCommandLine.parse("--lang", "en", "start", "get-started-part2");
    Terminals.interactive();
    LessonCatalog catalog = docklab.catalog();
    catalog.lessons().stream().findFirst().ifPresent(first -> docklab.sources().find(first.id()));
    PrintWriter nowhere = new PrintWriter(Writer.nullWriter());
    CatalogListing.print(catalog, nowhere, nowhere);
    try {
      for (Lesson lesson : catalog.lessons()) {
        for (Locale locale : List.of(Locale.ENGLISH, Locale.JAPANESE)) {
          Messages.use(locale);
          render(lesson, locale);
        }
      }
    } finally {
      Messages.use(chosen);
    }
    walkToPrompt();
    io.docklab.repl.Lab.train(catalog.lessons());
    return ExitCode.OK;
  }

  private static void render(Lesson lesson, Locale locale) {
    for (int width : WIDTHS) {
      for (boolean colour : List.of(true, false)) {
        MarkdownRenderer renderer = new MarkdownRenderer(width, colour);
        StepHeader header = new StepHeader(width, colour);
        renderer.render(lesson.intro().in(locale));
        int number = 1;
        for (Step step : lesson.steps()) {
          header.line(number++, lesson.steps().size(), step.title().in(locale));
          renderer.render(step.text().in(locale));
        }
      }
    }
  }

  /** A JLine terminal (the system one when there is a terminal) and a reader reading one line. */
  private static void walkToPrompt() throws IOException {
    try (Terminal system = TerminalBuilder.builder().system(true).dumb(true).build()) {
      system.getSize();
    }
    ByteArrayInputStream typed =
        new ByteArrayInputStream("exit\n".getBytes(StandardCharsets.UTF_8));
    try (Terminal terminal =
        new DumbTerminal(
            "docklab",
            "xterm-256color",
            typed,
            new ByteArrayOutputStream(),
            StandardCharsets.UTF_8)) {
      LineReader reader = LineReaderBuilder.builder().terminal(terminal).build();
      reader.readLine("docklab> ");
    }
  }
}
