package io.docklab.lesson.check;

import java.util.regex.Pattern;

/**
 * How a check compares text: it contains a substring, it matches a regular expression, or the
 * opposite of another matcher. In a lesson file a plain string means {@code contains}.
 */
public sealed interface Matcher {

  boolean test(String text);

  static Matcher contains(String substring) {
    return new Contains(substring);
  }

  static Matcher matches(String regex) {
    return new Matches(regex);
  }

  static Matcher not(Matcher matcher) {
    return new Not(matcher);
  }

  /** The text contains {@code contains}. */
  record Contains(String contains) implements Matcher {
    @Override
    public boolean test(String text) {
      return text.contains(contains);
    }
  }

  /** The regular expression {@code matches} is found somewhere in the text. */
  record Matches(String matches) implements Matcher {
    public Pattern pattern() {
      return Pattern.compile(matches);
    }

    @Override
    public boolean test(String text) {
      return pattern().matcher(text).find();
    }
  }

  /** The matcher {@code not} does not match. */
  record Not(Matcher not) implements Matcher {
    @Override
    public boolean test(String text) {
      return !not.test(text);
    }
  }
}
