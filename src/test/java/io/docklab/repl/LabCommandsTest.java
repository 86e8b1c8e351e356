package io.docklab.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.docklab.i18n.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
class LabCommandsTest {
  private final List<String> ran = new ArrayList<>();
  private final LabCommands commands =
      new LabCommands()
          .add(LabCommand.named("next", "n").help("lab.command.next").does(a -> ran.add("next")))
          .add(
              LabCommand.named("reset")
                  .help("lab.command.reset")
                  .arguments(LabCommand.Arguments.fixed("lesson", "lab.command.reset.lesson"))
                  .does(a -> ran.add("reset " + a)))
          .add(LabCommand.named("quit", "q", "exit").help("lab.command.quit").leaves(a -> {}));

  @Test
  void aCommandIsFoundByItsNameOrAnyAlias() throws Exception {
    assertTrue(commands.find("n").orElseThrow().handler().run(""));
    assertTrue(commands.find("reset").orElseThrow().handler().run("lesson"));
    assertEquals(List.of("next", "reset lesson"), ran);
    assertEquals("quit", commands.find("exit").orElseThrow().name());
    assertFalse(commands.find("q").orElseThrow().handler().run(""), ":quit leaves");
    assertTrue(commands.find("frobnicate").isEmpty());
  }

  @Test
  void aNameCannotBeRegisteredTwice() {
    assertThrows(
        IllegalArgumentException.class, () -> commands.add(LabCommand.named("never", "n")));
  }

  @Test
  void helpListsEachCommandWithItsShortFormsAndItsFixedArguments() {
    Messages.use(Locale.ENGLISH);
    assertEquals(
        List.of(
            "  :next, :n        the next step (done or not)",
            "  :reset           start this step again (its files)",
            "  :reset lesson    start the whole lesson again, removing what it made",
            "  :quit, :q        save and leave (Ctrl-D too)"),
        commands.helpLines());
    Messages.use(Locale.JAPANESE);
    assertEquals("  :next, :n        次のステップへ (完了していなくても)", commands.helpLines().get(0));
    Messages.use(Locale.ENGLISH);
  }
}
