package io.docklab.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.docklab.i18n.Messages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ShellQuotingTest {
  @TempDir Path directory;

  @BeforeEach
  void english() {
    Messages.use(Locale.ENGLISH);
  }

  @Test
  void quotesInSingleQuotes() {
    assertEquals("'hello world'", ShellQuoting.quote("hello world"));
    assertEquals("''", ShellQuoting.quote(""));
    assertEquals("'a'\\''b; rm -rf /'", ShellQuoting.quote("a'b; rm -rf /"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "a'b; rm -rf /",
        "$(touch pwned)",
        "`touch pwned`",
        "\"; touch pwned; echo \"",
        "'; touch pwned; echo '",
        "x' || touch pwned || '",
        "$HOME ~ * ?",
        "back\\slash\\",
        "two\nlines; touch pwned",
        "   spaced   ",
        "-n",
        "!!",
        ""
      })
  void aHostileValueStaysItsOwnLiteralText(String value) throws Exception {
    Map<String, String> variables = Map.of("value", value);
    for (String template :
        new String[] {
          "printf '%s|' {{value}}", "printf '%s|' \"{{ value }}\"", "printf '%s|' '{{value}}'"
        }) {
      String command = ShellQuoting.substitute(template, variables);
      assertEquals(value + "|", bash(command), template + " became " + command);
    }
    assertFalse(Files.exists(directory.resolve("pwned")), "the value ran a command");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "a'b; rm -rf /",
        "$(touch pwned)",
        "`touch pwned`",
        "\"; touch pwned; echo \"",
        "back\\slash\\",
        "two\nlines; touch pwned",
        "tab\tand \\n",
        ""
      })
  void aHostileValueStaysItsOwnTextInAnsiQuotesSubstitutionsAndParameters(String value)
      throws Exception {
    Map<String, String> variables = Map.of("value", value);
    for (String template :
        new String[] {
          "printf '%s|' $'{{value}}'",
          "printf '%s|' $'\\x41{{value}}\\x42'",
          "printf '%s|' \"$(printf '%s' \"{{value}}\")\"",
          "printf '%s|' \"$(printf '%s' {{value}})\"",
          "printf '%s|' ${UNSET:-{{value}}}"
        }) {
      String command = ShellQuoting.substitute(template, variables);
      String expected = template.contains("x41") ? "A" + value + "B|" : value + "|";
      assertEquals(expected, bash(command), template + " became " + command);
    }
    assertFalse(Files.exists(directory.resolve("pwned")), "the value ran a command");
  }

  @Test
  void keepsTheTextAroundThePlaceholders() throws Exception {
    String command =
        ShellQuoting.substitute(
            "# it's a comment\necho \"Hello, {{name}}!\" {{ port }}x",
            Map.of("name", "O'Brien", "port", "8080"));
    assertEquals("Hello, O'Brien! 8080x\n", bash(command));
  }

  @Test
  void namesAnUnknownVariable() {
    UnknownVariableException unknown =
        assertThrows(
            UnknownVariableException.class,
            () -> ShellQuoting.substitute("docker run {{image}} {{ tag }}", Map.of("image", "p")));
    assertEquals("tag", unknown.name());
    assertEquals(
        "the command uses the variable 'tag', which the lesson does not define (defined: image).",
        unknown.getMessage());
  }

  @Test
  void refusesAPlaceholderAfterABackslash() {
    IllegalArgumentException refused =
        assertThrows(
            IllegalArgumentException.class,
            () -> ShellQuoting.substitute("echo \\{{x}}", Map.of("x", "a'; touch pwned")));
    assertEquals(
        "the variable 'x' follows a backslash in the command; remove the backslash, docklab"
            + " quotes the value itself.",
        refused.getMessage());
  }

  private String bash(String command) throws IOException, InterruptedException {
    return Bash.run(directory, command);
  }
}
