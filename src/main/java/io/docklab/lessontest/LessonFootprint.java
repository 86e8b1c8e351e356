package io.docklab.lessontest;

import io.docklab.docker.ImageReference;
import io.docklab.exec.Variables;
import io.docklab.lesson.Creates;
import io.docklab.lesson.Lesson;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * What a lesson holds on the shared engine while it is tested, from what it declares: the host
 * ports it needs free and everything it creates (and so removes). Two lessons whose footprints
 * share nothing can be tested side by side; two that share a port or a name cannot, since one would
 * remove, or find, what the other made.
 *
 * <p>Files are not part of it: every lesson has a workspace of its own.
 */
public record LessonFootprint(Set<String> claims) {
  public LessonFootprint {
    claims = Set.copyOf(claims);
  }

  /** The footprint of {@code lesson} with its variables at their defaults, as the test runs it. */
  public static LessonFootprint of(Lesson lesson) {
    Variables variables = Variables.defaults(lesson);
    Creates creates = lesson.creates();
    Set<String> claims = new LinkedHashSet<>();
    lesson.requires().ports().forEach(port -> claims.add("port " + port));
    add(claims, "container", creates.containers(), variables, Function.identity());
    add(claims, "image", creates.images(), variables, ImageReference::familiar);
    add(claims, "repository", creates.repositories(), variables, Function.identity());
    add(claims, "network", creates.networks(), variables, Function.identity());
    add(claims, "volume", creates.volumes(), variables, Function.identity());
    return new LessonFootprint(claims);
  }

  private static void add(
      Set<String> claims,
      String kind,
      List<String> templates,
      Variables variables,
      Function<String, String> normal) {
    for (String template : templates) {
      String value;
      try {
        value = normal.apply(variables.text(template));
      } catch (IllegalArgumentException unparsable) {
        value = template; // validate reports it; here it only has to be compared
      }
      claims.add(kind + " " + value);
    }
  }

  /** True when the two lessons must not run at the same time. */
  public boolean collidesWith(LessonFootprint other) {
    return claims.stream().anyMatch(other.claims::contains);
  }
}
