package io.docklab.check;

import io.docklab.exec.Variables;
import io.docklab.i18n.Messages;
import io.docklab.lesson.check.Matcher;

/**
 * Says in words what a matcher asks ("contain 'x'", "match /re/", "not contain 'x'") and what part
 * of a text to show when it does not pass.
 */
final class TextMatch {
  private static final int EXCERPT = 60;

  private TextMatch() {}

  /** {@code matcher} with the {@code {{variables}}} in its text replaced; null stays null. */
  static Matcher substituted(Matcher matcher, Variables variables) {
    if (matcher == null) {
      return null;
    }
    if (matcher instanceof Matcher.Contains contains) {
      return Matcher.contains(variables.text(contains.contains()));
    }
    if (matcher instanceof Matcher.Matches matches) {
      return Matcher.matches(variables.text(matches.matches()));
    }
    return Matcher.not(substituted(((Matcher.Not) matcher).not(), variables));
  }

  /** The matcher as a verb phrase: {@code contain 'Hello'}, {@code not match /^a/}. */
  static String describe(Matcher matcher) {
    if (matcher instanceof Matcher.Contains contains) {
      return Messages.get("check.matcher.contains", contains.contains());
    }
    if (matcher instanceof Matcher.Matches matches) {
      return Messages.get("check.matcher.matches", matches.matches());
    }
    return negated(((Matcher.Not) matcher).not());
  }

  private static String negated(Matcher inner) {
    if (inner instanceof Matcher.Contains contains) {
      return Messages.get("check.matcher.notContains", contains.contains());
    }
    if (inner instanceof Matcher.Matches matches) {
      return Messages.get("check.matcher.notMatches", matches.matches());
    }
    return describe(((Matcher.Not) inner).not());
  }

  /**
   * What to show of {@code text} that failed {@code matcher}: the place of the unwanted match for a
   * negated matcher, else the text's end ({@code fromEnd}, for logs and output) or its start.
   */
  static String found(String text, Matcher matcher, boolean fromEnd) {
    String plain = text.strip();
    if (plain.isEmpty()) {
      return Messages.get("check.found.nothing");
    }
    int unwanted = unwantedAt(plain, matcher);
    String excerpt;
    if (unwanted >= 0) {
      excerpt = window(plain, Math.max(0, unwanted - EXCERPT / 3));
    } else if (fromEnd) {
      excerpt = lastLines(plain);
    } else {
      excerpt = window(plain, 0);
    }
    return Messages.get("check.found.text", excerpt);
  }

  private static int unwantedAt(String text, Matcher matcher) {
    if (!(matcher instanceof Matcher.Not not)) {
      return -1;
    }
    if (not.not() instanceof Matcher.Contains contains) {
      return text.indexOf(contains.contains());
    }
    if (not.not() instanceof Matcher.Matches matches) {
      java.util.regex.Matcher found = matches.pattern().matcher(text);
      return found.find() ? found.start() : -1;
    }
    return -1;
  }

  private static String window(String text, int from) {
    String part = oneLine(text.substring(from));
    String shown = part.length() > EXCERPT ? part.substring(0, EXCERPT) + "…" : part;
    return from > 0 ? "…" + shown : shown;
  }

  private static String lastLines(String text) {
    String line = oneLine(text);
    return line.length() > EXCERPT ? "…" + line.substring(line.length() - EXCERPT) : line;
  }

  private static String oneLine(String text) {
    return text.replaceAll("\\s*\\n\\s*", " ⏎ ").replaceAll("[\\t ]+", " ");
  }
}
