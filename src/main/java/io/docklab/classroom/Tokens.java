package io.docklab.classroom;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;

/** The class's secrets: tokens of 256 random bits, class codes, ids, and the hashes stored. */
public final class Tokens {
  /** The prefix of a learner's token. */
  public static final String LEARNER = "dlL_";

  /** The prefix of the teacher's token. */
  public static final String TEACHER = "dlT_";

  /** The letters of a class code: no 0/O, 1/I, so that it can be read aloud and typed. */
  private static final String CODE_LETTERS = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

  private static final SecureRandom RANDOM = new SecureRandom();

  private Tokens() {}

  /** A new token: {@code prefix} and 256 random bits in base64url. */
  public static String token(String prefix) {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return prefix + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** A new class code, {@code XXXX-XXXX} (40 bits). */
  public static String classCode() {
    StringBuilder code = new StringBuilder();
    for (int i = 0; i < 8; i++) {
      if (i == 4) {
        code.append('-');
      }
      code.append(CODE_LETTERS.charAt(RANDOM.nextInt(CODE_LETTERS.length())));
    }
    return code.toString();
  }

  /** A class code as typed, in its stored form: upper case, the dash in the middle. */
  public static String normalizeCode(String typed) {
    String letters = typed.replace("-", "").strip().toUpperCase(Locale.ROOT);
    return letters.length() == 8 ? letters.substring(0, 4) + "-" + letters.substring(4) : letters;
  }

  /** A new id: {@code prefix} and 64 random bits in hex. */
  public static String id(String prefix) {
    byte[] bytes = new byte[8];
    RANDOM.nextBytes(bytes);
    return prefix + HexFormat.of().formatHex(bytes);
  }

  /** What the store keeps of a token: its SHA-256, in hex. */
  public static String hash(String token) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
