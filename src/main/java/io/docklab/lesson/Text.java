package io.docklab.lesson;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Words a learner reads, in each of the lesson's languages: {@code {en: ..., ja: ...}}. A lesson
 * file may give one plain string for all its languages; the loader then stores it once per
 * language, so that equal lessons have equal texts whatever the file format.
 */
public record Text(Map<String, String> byLanguage) {
  public static final Text EMPTY = new Text(Map.of());

  public Text {
    byLanguage = Collections.unmodifiableMap(new LinkedHashMap<>(byLanguage));
  }

  /** The texts by language; {@link #EMPTY} when every one of them is empty. */
  public static Text of(Map<String, String> byLanguage) {
    return byLanguage.values().stream().allMatch(String::isEmpty) ? EMPTY : new Text(byLanguage);
  }

  /** The same words in every one of {@code languages}. */
  public static Text same(String words, Iterable<String> languages) {
    Map<String, String> map = new LinkedHashMap<>();
    languages.forEach(language -> map.put(language, words));
    return of(map);
  }

  public boolean isEmpty() {
    return byLanguage.isEmpty();
  }

  /** The text in {@code locale}'s language, else in English, else in the first language given. */
  public String in(Locale locale) {
    String text = byLanguage.get(locale.getLanguage());
    if (text == null) {
      text = byLanguage.get("en");
    }
    if (text == null) {
      text = byLanguage.values().stream().findFirst().orElse("");
    }
    return text;
  }
}
