package io.docklab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

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
        List.of(
            "doctor",
            "prepare",
            "list",
            "start",
            "validate",
            "new",
            "reset",
            "cds-training",
            "test",
            "class",
            "completion",
            "import");
    assertEquals(all, List.copyOf(CommandLineFactory.create("strt").getSubcommands().keySet()));
    assertEquals(all, List.copyOf(CommandLineFactory.create().getSubcommands().keySet()));
  }

  @Test
  void theLanguageIsReadBeforeTheCommandLineIsBuilt() {
    assertEquals(Optional.of("ja"), CommandLineFactory.languageOf("--lang", "ja", "list"));
    assertEquals(Optional.of("en"), CommandLineFactory.languageOf("validate", "--lang=en", "f"));
    assertEquals(Optional.empty(), CommandLineFactory.languageOf("list", "--", "--lang=ja"));
    assertEquals(Optional.empty(), CommandLineFactory.languageOf("--lang"));
  }

  @Test
  void verboseCountsBeforeAndAfterTheSubcommand() {
    for (String[] args :
        List.of(
            new String[] {"--verbose", "validate", "f"},
            new String[] {"validate", "--verbose", "f"})) {
      CommandLine.ParseResult parsed = CommandLineFactory.create(args).parseArgs(args);
      assertTrue(CommandLineFactory.verbose(parsed), String.join(" ", args));
    }
    String[] quiet = {"validate", "f"};
    assertFalse(CommandLineFactory.verbose(CommandLineFactory.create(quiet).parseArgs(quiet)));
  }
}
