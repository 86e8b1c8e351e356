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
    assertEquals("command `test -f app.py`", CommandEvaluator.subject("test -f app.py\n"));
    assertEquals(
        "command `grep -q x f`",
        CommandEvaluator.subject("#!/bin/bash\n# a check\n\ngrep -q x f\n"));
    assertEquals(
        "command `docker ps …` (2 more line(s) of the script)",
        CommandEvaluator.subject("#!/bin/bash\ndocker ps\n# then\ncurl -s x\necho done\n"));
    assertEquals("command `docker run -d x`", CommandEvaluator.subject("docker run \\\n  -d x"));
  }
}
