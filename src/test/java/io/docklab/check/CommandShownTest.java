package io.docklab.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.docklab.i18n.Messages;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
class CommandShownTest {
  @Test
  void aScriptIsNamedByItsFirstLineOfCode() {
    Messages.use(Locale.ENGLISH);
    assertEquals("test -f app.py", CommandEvaluator.shown("test -f app.py\n"));
    assertEquals("grep -q x f", CommandEvaluator.shown("#!/bin/bash\n# a check\n\ngrep -q x f\n"));
    assertEquals(
        "docker ps … (2 more line(s) of the script)",
        CommandEvaluator.shown("#!/bin/bash\ndocker ps\n# then\ncurl -s x\necho done\n"));
    assertEquals("docker run -d x", CommandEvaluator.shown("docker run \\\n  -d x"));
  }
}
