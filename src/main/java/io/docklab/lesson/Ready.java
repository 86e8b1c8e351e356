package io.docklab.lesson;

import io.docklab.lesson.check.CheckSpec;
import io.docklab.lesson.check.CommandCheck;
import io.docklab.lesson.check.HttpCheck;
import io.docklab.lesson.check.Matcher;
import java.time.Duration;

/**
 * What a reference solution waits for after a command before its next action: a URL that answers
 * ({@code url}, any status below 500 unless {@code status} is given) or a command that succeeds
 * ({@code run}), within {@code within}. Exactly one of {@code url} and {@code run} is set. The wait
 * is the evaluation of an {@code http} or {@code command} check, retried every 250 ms.
 *
 * @param status the status the URL must answer with; null for any below 500
 */
public record Ready(String url, Integer status, String run, Duration within) {
  public Ready {
    if ((url == null) == (run == null)) {
      throw new IllegalArgumentException("a ready wait has a url or a command to run");
    }
  }

  /** The check whose pass means ready. */
  public CheckSpec check() {
    if (url != null) {
      int wanted = status == null ? HttpCheck.ANY_BELOW_500 : status;
      return new HttpCheck(url, wanted, null, within, Text.EMPTY);
    }
    return new CommandCheck(run, 0, (Matcher) null, null, Text.EMPTY);
  }

  /** What is awaited, as lesson files write it (the URL or the command). */
  public String subject() {
    return url != null ? url : run;
  }
}
