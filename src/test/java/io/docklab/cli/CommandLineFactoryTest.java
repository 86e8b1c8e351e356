package io.docklab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CommandLineFactoryTest {
  @Test
  void theSubcommandIsTheFirstArgumentThatIsNeitherAnOptionNorItsValue() {
    assertEquals(Optional.of("start"), CommandLineFactory.subcommandOf("start", "x"));
    assertEquals(
        Optional.of("start"),
        CommandLineFactory.subcommandOf("--lang", "ja", "--verbose", "start", "list"));
    assertEquals(
        Optional.of("list"), CommandLineFactory.subcommandOf("--lessons", "start", "list"));
    assertEquals(Optional.of("list"), CommandLineFactory.subcommandOf("--lang=en", "list"));
  }

  @Test
  void withoutAPlainSubcommandThereIsNone() {
    assertEquals(Optional.empty(), CommandLineFactory.subcommandOf());
    assertEquals(Optional.empty(), CommandLineFactory.subcommandOf("--help"));
    assertEquals(Optional.empty(), CommandLineFactory.subcommandOf("strt", "x"));
    assertEquals(Optional.empty(), CommandLineFactory.subcommandOf("--", "start"));
  }

  @Test
  void aCommandLineNamingASubcommandHasOnlyThatOneAndTheOthersHaveAll() {
    assertEquals(
        List.of("start"),
        List.copyOf(
            CommandLineFactory.create("--lang", "en", "start", "x").getSubcommands().keySet()));
    List<String> all =
        List.of("doctor", "prepare", "list", "start", "validate", "reset", "cds-training", "test");
    assertEquals(all, List.copyOf(CommandLineFactory.create("strt").getSubcommands().keySet()));
    assertEquals(all, List.copyOf(CommandLineFactory.create().getSubcommands().keySet()));
  }
}
