package io.docklab.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MessagesTest {
  @AfterEach
  void english() {
    Messages.use(Locale.ENGLISH);
  }

  @Test
  void everyMessageExistsInBothLanguages() throws IOException {
    Set<String> english = keys("messages.properties");
    Set<String> japanese = keys("messages_ja.properties");
    Set<String> onlyEnglish = new TreeSet<>(english);
    onlyEnglish.removeAll(japanese);
    Set<String> onlyJapanese = new TreeSet<>(japanese);
    onlyJapanese.removeAll(english);
    assertEquals(Set.of(), onlyEnglish, "keys missing from messages_ja.properties");
    assertEquals(Set.of(), onlyJapanese, "keys missing from messages.properties");
  }

  @Test
  void theLanguageCanBeChosen() {
    Messages.use(Locale.forLanguageTag("ja"));
    assertEquals("  イメージ python: すでにあります", Messages.get("prepare.image.present", "python"));
    Messages.use(Locale.forLanguageTag("en"));
    assertEquals(
        "  image python: already present", Messages.get("prepare.image.present", "python"));
  }

  @Test
  void numbersArePlainDigits() {
    assertEquals("port 4000 free on 127.0.0.1", Messages.get("doctor.port.free", 4000));
  }

  private static Set<String> keys(String file) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = MessagesTest.class.getResourceAsStream("/io/docklab/i18n/" + file)) {
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties.stringPropertyNames();
  }
}
