package io.docklab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code docklab completion bash} in bash itself: the script is sourced and its completion function
 * asked, as bash asks it on Tab, with COMP_WORDS and COMP_CWORD.
 */
class CompletionIT {
  private static final String LAUNCHER =
      Path.of(System.getProperty("docklab.launcher", "bin/docklab")).toAbsolutePath().toString();

  private static Path script;

  @BeforeAll
  static void writeTheScript() throws Exception {
    Launcher.Run run = Launcher.run(Map.of(), "completion", "bash");
    assertEquals(0, run.exitCode(), run.output());
    script = Files.createTempFile("docklab-completion-", ".bash");
    Files.writeString(script, run.output(), StandardCharsets.UTF_8);
  }

  @AfterAll
  static void removeTheScript() throws Exception {
    Files.deleteIfExists(script);
  }

  @Test
  void registersItselfForDocklab() throws Exception {
    assertTrue(bash("complete -p docklab").contains("-F _complete_docklab"));
  }

  @Test
  void completesSubcommands() throws Exception {
    assertEquals(List.of("start"), complete("st"));
    List<String> all = complete("");
    assertTrue(
        all.containsAll(List.of("list", "start", "test", "validate", "completion")), "" + all);
    assertTrue(all.stream().noneMatch(word -> word.equals("cds-training")), "" + all);
  }

  @Test
  void completesOptions() throws Exception {
    assertEquals(List.of("--jobs", "--json", "--junit"), complete("test", "--j"));
    assertEquals(List.of("en", "ja"), complete("--lang", ""));
  }

  @Test
  void completesLessonIdsWhereALessonGoes() throws Exception {
    for (String subcommand : List.of("start", "reset", "test")) {
      List<String> lessons = complete(subcommand, "");
      assertTrue(lessons.contains("get-started-part2"), subcommand + ": " + lessons);
      assertTrue(lessons.contains("image-by-hand"), subcommand + ": " + lessons);
    }
    assertEquals(List.of("image-by-hand"), complete("start", "im"));
  }

  /** What Tab offers after {@code docklab WORDS}, the last word being the one completed. */
  private static List<String> complete(String... words) throws Exception {
    StringBuilder line = new StringBuilder("COMP_WORDS=('" + LAUNCHER + "'");
    for (String word : words) {
      line.append(" '").append(word).append("'");
    }
    line.append("); COMP_CWORD=").append(words.length);
    line.append("; _complete_docklab 2>/dev/null; printf '%s\\n' \"${COMPREPLY[@]}\"");
    String output = bash(line.toString());
    return output.isBlank() ? List.of() : output.strip().lines().sorted().toList();
  }

  /** The output of {@code commands} in a bash that has sourced the script. */
  private static String bash(String commands) throws Exception {
    Process bash =
        new ProcessBuilder("bash", "-c", "source '" + script + "'; " + commands)
            .redirectErrorStream(true)
            .start();
    bash.getOutputStream().close();
    String output = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(bash.waitFor(60, TimeUnit.SECONDS), "bash did not finish: " + output);
    assertEquals(0, bash.exitValue(), output);
    return output;
  }
}
