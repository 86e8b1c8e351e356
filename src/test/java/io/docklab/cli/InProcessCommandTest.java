package io.docklab.cli;

import io.docklab.i18n.Messages;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;

/** Base of the tests that run docklab commands in-process and read what they printed. */
abstract class InProcessCommandTest {
  protected final StringWriter out = new StringWriter();
  protected final StringWriter err = new StringWriter();

  /** Runs docklab with {@code args}; its output goes to {@link #out} and {@link #err}. */
  protected int run(String... args) {
    return CommandLineFactory.execute(args, new PrintWriter(out), new PrintWriter(err)); // as Main
  }

  @AfterEach
  void backToEnglish() {
    Messages.use(Locale.ENGLISH);
  }
}
