package io.docklab.exec;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The lines a lesson types into an interactive command in automated runs. Each line is sent when
 * the program waits for it: when its prompt appears, or when it has printed and then been quiet.
 */
public record ScriptedInput(List<String> lines, Optional<Pattern> prompt) {
  public static final ScriptedInput NONE = new ScriptedInput(List.of(), Optional.empty());

  public ScriptedInput {
    lines = List.copyOf(lines);
  }

  /** These lines, each sent once the program has printed something and then been quiet. */
  public static ScriptedInput lines(List<String> lines) {
    return new ScriptedInput(lines, Optional.empty());
  }

  public static ScriptedInput lines(String... lines) {
    return lines(List.of(lines));
  }

  /** The same lines, each also sent as soon as output matching {@code regex} appears. */
  public ScriptedInput withPrompt(String regex) {
    return new ScriptedInput(lines, Optional.of(Pattern.compile(regex)));
  }
}
