package io.docklab.repl.feedback;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Which of a step's commands the learner has typed so far, so that a command that moves the step
 * forward without finishing it gets a calm {@code 1 of 2 done · still to do: …} instead of a ✗.
 * Kept for one step at a time: a command typed for another step starts afresh.
 */
public final class StepProgress {
  private String stepId = "";
  private final TreeSet<Integer> typed = new TreeSet<>();

  /**
   * Where a typed command stands among the step's commands.
   *
   * @param done how many of the step's commands have been typed so far
   * @param total how many the step has
   * @param stillToDo the step's commands after this one not typed yet, as shown to the learner
   */
  public record Place(int done, int total, List<String> stillToDo) {
    /** True when the command was meant to finish the step: nothing of it is left to type. */
    public boolean last() {
      return stillToDo.isEmpty();
    }
  }

  /**
   * Notes that {@code line} was typed in step {@code stepId}, whose commands are {@code shown} (as
   * the learner sees them, values in place) and {@code raw} (as the lesson writes them); empty when
   * the line is none of them.
   */
  public Optional<Place> typed(String stepId, String line, List<String> shown, List<String> raw) {
    if (!stepId.equals(this.stepId)) {
      this.stepId = stepId;
      typed.clear();
    }
    String mine = normalised(line);
    int matched = -1;
    for (int i = 0; i < shown.size(); i++) {
      if (normalised(shown.get(i)).equals(mine)
          || (i < raw.size() && normalised(raw.get(i)).equals(mine))) {
        matched = i;
        break;
      }
    }
    if (matched < 0) {
      return Optional.empty();
    }
    typed.add(matched);
    List<String> left = new ArrayList<>();
    for (int i = matched + 1; i < shown.size(); i++) {
      if (!typed.contains(i)) {
        left.add(shown.get(i));
      }
    }
    return Optional.of(new Place(typed.size(), shown.size(), left));
  }

  /** A command with its spacing and continued lines made plain, for comparison. */
  public static String normalised(String command) {
    return command.replace("\\\n", " ").strip().replaceAll("\\s+", " ");
  }
}
