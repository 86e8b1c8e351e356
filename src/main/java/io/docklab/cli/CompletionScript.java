package io.docklab.cli;

import java.util.List;
import picocli.AutoComplete;
import picocli.CommandLine;

/**
 * docklab's bash completion script: picocli's (subcommands, options, files where a path goes), with
 * the lesson ids of the catalogue where a lesson goes, asked of docklab when Tab is pressed.
 */
final class CompletionScript {
  /** The subcommands whose positional parameters are lessons. */
  private static final List<String> TAKING_LESSONS = List.of("start", "reset", "test");

  private static final String NO_POSITIONALS = "local positionals=\"\"\n";

  /**
   * Prints the lessons' ids, one a line, from the docklab being completed (the first word), with
   * the {@code --lessons} directories given on the line so far.
   */
  private static final String LESSON_IDS =
      """

      # The lessons docklab offers, for `docklab start`, `reset` and `test`: asked of the docklab
      # being completed, with the --lessons directories given on the line so far.
      function _docklab_lesson_ids() {
        local i options=()
        for ((i = 1; i < COMP_CWORD; i++)); do
          case ${COMP_WORDS[i]} in
            --lessons) options+=(--lessons "${COMP_WORDS[i+1]}") ;;
            --lessons=*) options+=("${COMP_WORDS[i]}") ;;
          esac
        done
        "${COMP_WORDS[0]}" list --ids "${options[@]}" 2>/dev/null
      }
      """;

  private CompletionScript() {}

  static String bash(CommandLine docklab) {
    String script = AutoComplete.bash("docklab", docklab);
    for (String subcommand : TAKING_LESSONS) {
      script = offerLessons(script, "function _picocli_docklab_" + subcommand + "()");
    }
    return script + LESSON_IDS;
  }

  /** The script with the function {@code header} offering lesson ids as positional parameters. */
  private static String offerLessons(String script, String header) {
    int function = script.indexOf(header);
    int positionals = script.indexOf(NO_POSITIONALS, function);
    if (function < 0 || positionals < 0) {
      throw new IllegalStateException("picocli's completion script has no " + header);
    }
    return script.substring(0, positionals)
        + "local positionals=$(_docklab_lesson_ids)\n"
        + script.substring(positionals + NO_POSITIONALS.length());
  }
}
