package io.docklab.lesson.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads attributes in the spirit of Runme's fences, {@code {mode=interactive path="my file"}}, and
 * of heading ids, {@code {#build ja="ビルド"}}: words separated by spaces, each {@code key}, {@code
 * key=value} or {@code key="value"} (with {@code \"} for a quote), or {@code #id}.
 */
final class Attributes {
  /** One attribute; {@code column} counts from 0 in its line. */
  record Attribute(String key, String value, int column) {}

  private Attributes() {}

  /**
   * The attributes in {@code text}, which starts at 0-based {@code column} of 1-based {@code line};
   * empty (and an error reported) when a quote is not closed.
   */
  static Optional<List<Attribute>> parse(String text, int line, int column, Problems problems) {
    List<Attribute> attributes = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      if (Character.isWhitespace(text.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      if (text.charAt(i) == '#') {
        int end = wordEnd(text, i + 1);
        attributes.add(new Attribute("#", text.substring(i + 1, end), column + start));
        i = end;
        continue;
      }
      int end = i;
      while (end < text.length()
          && !Character.isWhitespace(text.charAt(end))
          && text.charAt(end) != '=') {
        end++;
      }
      String key = text.substring(i, end);
      if (end >= text.length() || text.charAt(end) != '=') {
        attributes.add(new Attribute(key, "true", column + start));
        i = end;
        continue;
      }
      i = end + 1;
      if (i < text.length() && text.charAt(i) == '"') {
        StringBuilder value = new StringBuilder();
        i++;
        while (i < text.length() && text.charAt(i) != '"') {
          if (text.charAt(i) == '\\' && i + 1 < text.length()) {
            i++;
          }
          value.append(text.charAt(i));
          i++;
        }
        if (i >= text.length()) {
          problems.at(line, column + start + 1, "unclosedQuote", key);
          return Optional.empty();
        }
        i++;
        attributes.add(new Attribute(key, value.toString(), column + start));
      } else {
        int valueEnd = wordEnd(text, i);
        attributes.add(new Attribute(key, text.substring(i, valueEnd), column + start));
        i = valueEnd;
      }
    }
    return Optional.of(attributes);
  }

  private static int wordEnd(String text, int from) {
    int end = from;
    while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
      end++;
    }
    return end;
  }
}
