package io.docklab.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.docklab.i18n.Messages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Values in here-documents, and commands shown as they run. */
@Timeout(60)
class HereDocumentQuotingTest {
  @TempDir Path directory;

  @BeforeEach
  void english() {
    Messages.use(Locale.ENGLISH);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "127.0.0.1:5000",
        "a'b; rm -rf /",
        "$(touch pwned)",
        "`touch pwned`",
        "${HOME}",
        "\\$(touch pwned)",
        "back\\slash\\",
        "\"; touch pwned; echo \"",
        "EOF",
        "   spaced   ",
        ""
      })
  void aValueInAHereDocumentIsWrittenAsItIs(String value) throws Exception {
    Map<String, String> variables = Map.of("registry", value);
    for (String operator : new String[] {"<<EOF", "<<'EOF'", "<<\"EOF\"", "<<-EOF", "<< EOF"}) {
      String template =
          "cat > push.sh " + operator + "\ndocker push {{registry}}/app\nEOF\ncat push.sh";
      String command = ShellQuoting.substitute(template, variables);
      assertEquals("docker push " + value + "/app\n", bash(command), template + " -> " + command);
    }
    assertFalse(Files.exists(directory.resolve("pwned")), "the value ran a command");
  }

  @Test
  void theShellStillExpandsWhatTheLessonWroteInTheHereDocument() throws Exception {
    String command =
        ShellQuoting.substitute(
            "X=x; cat <<EOF\n$X {{v}} $(echo y)\nEOF", Map.of("v", "$X `echo no`"));
    assertEquals("x $X `echo no` y\n", bash(command));
  }

  @Test
  void aPlaceholderAfterAHereDocumentIsQuotedAgain() throws Exception {
    String command =
        ShellQuoting.substitute(
            "cat > f <<'EOF'\n$HOME {{v}}\nEOF\nprintf '%s|' {{v}} \"$(cat f)\"",
            Map.of("v", "a b"));
    assertEquals("a b|$HOME a b|", bash(command));
  }

  @Test
  void aShiftIsNoHereDocument() throws Exception {
    String command =
        ShellQuoting.substitute(
            "echo $((1<<2))\nprintf '%s|' {{v}}", Map.of("v", "x; touch pwned"));
    assertEquals("4\nx; touch pwned|", bash(command));
    assertFalse(Files.exists(directory.resolve("pwned")), "the value ran a command");
  }

  @Test
  void aValueInACommandSubstitutionOfAHereDocumentIsRefused() {
    IllegalArgumentException refused =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                ShellQuoting.substitute(
                    "cat <<EOF\n$(echo {{v}})\nEOF", Map.of("v", "x; touch pwned")));
    assertEquals(
        "the variable 'v' stands inside $(…), ${…} or backquotes in a here-document, where docklab"
            + " cannot quote it safely; set the value in a variable before the here-document and"
            + " use that.",
        refused.getMessage());
    assertEquals(
        "cat <<EOF\n$(echo hi) x; y\nEOF",
        ShellQuoting.substitute("cat <<EOF\n$(echo hi) {{v}}\nEOF", Map.of("v", "x; y")));
  }

  @Test
  void aValueOfSeveralLinesIsRefusedInAHereDocument() {
    IllegalArgumentException refused =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                ShellQuoting.substitute(
                    "cat > f <<EOF\n{{v}}\nEOF", Map.of("v", "x\nEOF\ntouch pwned")));
    assertTrue(refused.getMessage().contains("'v'"), refused.getMessage());
  }

  @Test
  void aPlainValueGoesInAsItIsSoTheShownCommandReadsAsWritten() {
    assertEquals(
        "docker push 127.0.0.1:5000/learner/app",
        ShellQuoting.substitute(
            "docker push {{registry}}/{{account}}/app",
            Map.of("registry", "127.0.0.1:5000", "account", "learner")));
  }

  @Test
  void aHostileValueIsShownAsItRuns() throws Exception {
    Variables variables = new Variables(Map.of("q", "'; touch pwned; echo '"));
    String shown = variables.commandShown("echo {{q}} done");
    assertEquals("echo ''\\''; touch pwned; echo '\\''' done", shown);
    assertEquals("'; touch pwned; echo ' done\n", bash(shown));
    assertFalse(Files.exists(directory.resolve("pwned")), "the value ran a command");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "docker inspect -f '{{.State.Status}}' web",
        "docker ps --format '{{range .Mounts}}{{.Source}}{{end}}'",
        "docker ps --format '{{if .Ports}}{{ end }}{{- end}}{{else}}'",
        "docker inspect -f '{{json .Config}}' web"
      })
  void goTemplatesAreLeftAsWritten(String command) {
    assertEquals(command, ShellQuoting.substitute(command, Map.of("registry", "r")));
    assertEquals(command, new Variables(Map.of("registry", "r")).text(command));
  }

  @Test
  void aSecretIsMaskedWhereItIsShownInReports() {
    Variables masked = new Variables(Map.of("password", "s3cret")).masked();
    assertEquals("s3cret", masked.text("{{password}}"), "nothing is secret without a lesson");
  }

  private String bash(String command) throws IOException, InterruptedException {
    return Bash.run(directory, command);
  }
}
