package io.docklab.repl.feedback;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Which of a step's commands the learner has typed so far, each ended with the exit status it
 * should, so that a command that moves the step forward without finishing it gets a calm {@code 1
 * of 2 done · still to do: …} instead of a ✗, and one that failed is not counted as done. Kept for
 * one step at a time: a command typed for another step starts afresh.
 */
public final class StepProgress {
  private String stepId = "";
  private final TreeSet<Integer> typed = new TreeSet<>();

  /**
   * Where a typed command stands among the step's commands.
   *
   * @param done how many of the step's commands have been typed so far (and ended as they should)
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
    forStep(stepId);
    int matched = indexOf(line, shown, raw);
    if (matched < 0) {
      return Optional.empty();
    }
    typed.add(matched);
    return Optional.of(new Place(typed.size(), shown.size(), left(matched + 1, shown)));
  }

  /**
   * Notes that {@code line}, one of the commands of step {@code stepId}, did not end as it should:
   * it is not done (any earlier run of it no longer counts). Its place, with every command of the
   * step not done yet as still to do (this one included); empty when the line is none of them.
   */
  public Optional<Place> failed(String stepId, String line, List<String> shown, List<String> raw) {
    forStep(stepId);
    int matched = indexOf(line, shown, raw);
    if (matched < 0) {
      return Optional.empty();
    }
    typed.remove(matched);
    return Optional.of(new Place(typed.size(), shown.size(), left(0, shown)));
  }

  /**
   * Which of a step's commands, {@code shown} (values in place) or {@code raw} (as the lesson
   * writes them), {@code line} is; -1 for none.
   */
  public static int indexOf(String line, List<String> shown, List<String> raw) {
    String mine = normalised(line);
    for (int i = 0; i < shown.size(); i++) {
      if (normalised(shown.get(i)).equals(mine)
          || (i < raw.size() && normalised(raw.get(i)).equals(mine))) {
        return i;
      }
    }
    return -1;
  }

  private void forStep(String stepId) {
    if (!stepId.equals(this.stepId)) {
      this.stepId = stepId;
      typed.clear();
    }
  }

  /** The commands from {@code from} on not typed yet. */
  private List<String> left(int from, List<String> shown) {
    List<String> left = new ArrayList<>();
    for (int i = from; i < shown.size(); i++) {
      if (!typed.contains(i)) {
        left.add(shown.get(i));
      }
    }
    return left;
  }

  /** A command with its spacing and continued lines made plain, for comparison. */
  public static String normalised(String command) {
    return command.replace("\\\n", " ").strip().replaceAll("\\s+", " ");
  }
}
