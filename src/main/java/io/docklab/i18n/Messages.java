package io.docklab.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Every sentence docklab says to a person, in English ({@code messages.properties}) and Japanese
 * ({@code messages_ja.properties}). The language comes from {@code --lang} or else the locale.
 */
public final class Messages {
  private static final String BUNDLE = "io.docklab.i18n.messages";
  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
  private static volatile Locale locale = fromEnvironment();

  private Messages() {}

  /** Chooses the language for the rest of this run. */
  public static void use(Locale chosen) {
    locale = "ja".equals(chosen.getLanguage()) ? Locale.JAPANESE : Locale.ENGLISH;
  }

  public static Locale locale() {
    return locale;
  }

  /** The message for {@code key}, with {@code arguments} put in its {0}, {1}… places. */
  public static String get(String key, Object... arguments) {
    ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, NO_FALLBACK);
    String pattern;
    try {
      pattern = bundle.getString(key);
    } catch (MissingResourceException missing) {
      throw new IllegalStateException("no message '" + key + "' for " + locale, missing);
    }
    return new MessageFormat(pattern, locale).format(plainNumbers(arguments));
  }

  /** Whole numbers as plain digits: port 4000, not "4,000". */
  private static Object[] plainNumbers(Object[] arguments) {
    Object[] plain = arguments.clone();
    for (int i = 0; i < plain.length; i++) {
      if (plain[i] instanceof Integer || plain[i] instanceof Long) {
        plain[i] = plain[i].toString();
      }
    }
    return plain;
  }

  private static Locale fromEnvironment() {
    for (String variable : new String[] {"LC_ALL", "LC_MESSAGES", "LANG"}) {
      String value = System.getenv(variable);
      if (value != null && !value.isBlank()) {
        return value.startsWith("ja") ? Locale.JAPANESE : Locale.ENGLISH;
      }
    }
    return "ja".equals(Locale.getDefault().getLanguage()) ? Locale.JAPANESE : Locale.ENGLISH;
  }
}
