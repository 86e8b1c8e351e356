package io.docklab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.docklab.i18n.Messages;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code docklab start} and {@code docklab} alone, in-process: what needs no terminal. */
class StartCommandTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine commandLine = CommandLineFactory.create(args); // as Main makes it
    commandLine.setOut(new PrintWriter(out));
    commandLine.setErr(new PrintWriter(err));
    return commandLine.execute(args);
  }

  @AfterEach
  void english() {
    Messages.use(Locale.ENGLISH);
  }

  @Test
  void anUnknownLessonIsOneLineAndBadUsage() {
    assertEquals(ExitCode.USAGE, run("--lang", "en", "start", "no-such-lesson"));
    assertEquals(
        "docklab: there is no lesson 'no-such-lesson'; 'docklab list' shows the lessons there"
            + " are.\n",
        err.toString());
  }

  @Test
  void andInJapanese() {
    assertEquals(ExitCode.USAGE, run("--lang", "ja", "start", "no-such-lesson"));
    assertTrue(err.toString().contains("レッスン 'no-such-lesson' はありません"), err.toString());
  }

  @Test
  void startWithoutALessonIsBadUsage() {
    assertEquals(ExitCode.USAGE, run("start"));
  }

  @Test
  void docklabAloneWithoutATerminalPrintsTheCatalogue() {
    assertEquals(ExitCode.OK, run("--lang", "en"));
    assertTrue(out.toString().contains("image-by-hand"), out.toString());
    assertTrue(out.toString().contains("get-started-part2"), out.toString());
  }
}
