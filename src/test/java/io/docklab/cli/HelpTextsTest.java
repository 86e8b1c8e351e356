package io.docklab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.docklab.i18n.Messages;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

/** docklab's help comes from io/docklab/i18n/help*.properties, in English and Japanese. */
class HelpTextsTest extends InProcessCommandTest {
  @Test
  void everyHelpTextExistsInBothLanguages() throws IOException {
    Set<String> english = keys("help.properties");
    Set<String> japanese = keys("help_ja.properties");
    Set<String> onlyEnglish = new TreeSet<>(english);
    onlyEnglish.removeAll(japanese);
    Set<String> onlyJapanese = new TreeSet<>(japanese);
    onlyJapanese.removeAll(english);
    assertEquals(Set.of(), onlyEnglish, "keys missing from help_ja.properties");
    assertEquals(Set.of(), onlyJapanese, "keys missing from help.properties");
  }

  @Test
  void everyCommandOptionAndParameterIsDescribedInBothLanguages() {
    for (String language : List.of("en", "ja")) {
      Messages.use(Locale.forLanguageTag(language));
      List<String> undescribed = new ArrayList<>();
      undescribed(CommandLineFactory.create().getCommandSpec(), undescribed);
      assertEquals(List.of(), undescribed, "without a description in " + language);
    }
  }

  @Test
  void helpIsInTheLanguageAskedFor() {
    assertEquals(0, run("--lang", "ja", "start", "--help"));
    assertTrue(out.toString().startsWith("使い方: docklab start"), out.toString());
    assertTrue(out.toString().contains("レッスンの ID"), out.toString());
  }

  @Test
  void helpIsInEnglishOtherwise() {
    assertEquals(0, run("--lang", "en", "--help"));
    assertTrue(out.toString().startsWith("Usage: docklab"), out.toString());
    assertTrue(out.toString().contains("completion  Print the bash completion script"));
  }

  private static void undescribed(CommandSpec command, List<String> undescribed) {
    if (command.usageMessage().hidden()) {
      return;
    }
    if (String.join("", command.usageMessage().description()).isBlank()) {
      undescribed.add(command.qualifiedName());
    }
    List<ArgSpec> arguments = new ArrayList<>(command.options());
    arguments.addAll(command.positionalParameters());
    for (ArgSpec argument : arguments) {
      if (!argument.hidden() && String.join("", argument.description()).isBlank()) {
        undescribed.add(command.qualifiedName() + " " + argument.paramLabel());
      }
    }
    for (CommandLine subcommand : command.subcommands().values()) {
      undescribed(subcommand.getCommandSpec(), undescribed);
    }
  }

  private static Set<String> keys(String file) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = HelpTextsTest.class.getResourceAsStream("/io/docklab/i18n/" + file)) {
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties.stringPropertyNames();
  }
}
