package io.docklab.cli;

import io.docklab.i18n.Messages;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import picocli.CommandLine;

/** Base of the tests that run docklab commands in-process and read what they printed. */
abstract class InProcessCommandTest {
  protected final StringWriter out = new StringWriter();
  protected final StringWriter err = new StringWriter();

  /** Runs docklab with {@code args}; its output goes to {@link #out} and {@link #err}. */
  protected int run(String... args) {
    CommandLine commandLine = CommandLineFactory.create(args); // as Main makes it
    commandLine.setOut(new PrintWriter(out));
    commandLine.setErr(new PrintWriter(err));
    return commandLine.execute(args);
  }

  @AfterEach
  void backToEnglish() {
    Messages.use(Locale.ENGLISH);
  }
}
