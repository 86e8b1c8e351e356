package io.docklab.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jline.utils.InfoCmp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TerminalCapabilitiesTest {
  @TempDir Path directory;

  @Test
  void whatInfocmpSaysIsKeptAndHandedToJLineNextTime() throws Exception {
    String type = "docklab-test-kept";
    TerminalCapabilities capabilities =
        new TerminalCapabilities(
            directory, type, List.of("printf", "%s", "kept|test,\n\tcols#80,"));
    assertFalse(capabilities.preload(), "nothing kept yet");
    assertNull(InfoCmp.getLoadedInfoCmp(type));

    capabilities.refresh();
    assertEquals("kept|test,\n\tcols#80,", Files.readString(directory.resolve(type)));
    assertTrue(capabilities.preload());
    assertEquals("kept|test,\n\tcols#80,", InfoCmp.getLoadedInfoCmp(type));
    assertEquals(
        List.of(type), Files.list(directory).map(Path::getFileName).map(Path::toString).toList());
  }

  @Test
  void aFailingInfocmpKeepsNothingAndLeavesWhatWasKept() throws Exception {
    String type = "docklab-test-failing";
    new TerminalCapabilities(directory, type, List.of("false")).refresh();
    assertFalse(Files.exists(directory.resolve(type)));

    Files.writeString(directory.resolve(type), "before");
    new TerminalCapabilities(directory, type, List.of("no-such-program-docklab")).refresh();
    assertEquals("before", Files.readString(directory.resolve(type)));
  }

  @Test
  void theRealInfocmpDescribesTheTerminal() throws Exception {
    TerminalCapabilities capabilities = TerminalCapabilities.of(directory, "xterm-256color").get();
    capabilities.refresh();
    String kept = Files.readString(directory.resolve("cache/terminfo/xterm-256color"));
    assertTrue(kept.contains("colors#"), kept); // infocmp comes with ncurses-bin
  }

  @Test
  void aTypeThatCannotBeAFileNameIsNotKept() {
    assertTrue(TerminalCapabilities.of(directory, null).isEmpty());
    assertTrue(TerminalCapabilities.of(directory, "").isEmpty());
    assertTrue(TerminalCapabilities.of(directory, "../../etc/passwd").isEmpty());
    assertTrue(TerminalCapabilities.of(directory, "a/b").isEmpty());
  }
}
