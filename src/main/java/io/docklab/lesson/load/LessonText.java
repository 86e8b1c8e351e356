package io.docklab.lesson.load;

import io.docklab.util.FileFaults;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * The text of a lesson file, read so that no file can hurt: only a regular file (a device, a FIFO
 * or a directory is refused before it is opened), at most {@link #MAX_BYTES} (the size is checked
 * before reading, and no more than one byte past the limit is ever read), strictly UTF-8; and
 * brought to one form, so that both loaders count lines alike: a byte-order mark dropped, CR LF and
 * a lone CR turned into LF.
 */
public final class LessonText {
  /** The largest lesson file docklab reads: 16 MiB. */
  public static final int MAX_BYTES = 16 * 1024 * 1024;

  private LessonText() {}

  /** Why a file's text could not be had: a {@code lesson.error.*} key and its arguments. */
  public static final class Unreadable extends Exception {
    private final String key;
    private final transient Object[] arguments;

    Unreadable(String key, Object... arguments) {
      super(key, null, false, false);
      this.key = key;
      this.arguments = arguments;
    }

    String key() {
      return key;
    }

    Object[] arguments() {
      return arguments;
    }
  }

  /** The text of {@code path}, normalized. */
  public static String read(Path path) throws Unreadable {
    BasicFileAttributes attributes;
    try {
      attributes = Files.readAttributes(path, BasicFileAttributes.class);
    } catch (IOException e) {
      throw new Unreadable("unreadable", FileFaults.describe(e));
    }
    if (!attributes.isRegularFile()) {
      throw new Unreadable("notRegularFile");
    }
    if (attributes.size() > MAX_BYTES) {
      throw new Unreadable("tooLarge", attributes.size(), MAX_BYTES);
    }
    byte[] bytes;
    try (InputStream in = Files.newInputStream(path)) {
      bytes = in.readNBytes(MAX_BYTES + 1);
    } catch (IOException e) {
      throw new Unreadable("unreadable", FileFaults.describe(e));
    }
    if (bytes.length > MAX_BYTES) {
      throw new Unreadable("tooLarge", bytes.length, MAX_BYTES);
    }
    try {
      return normalize(
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString());
    } catch (CharacterCodingException e) {
      throw new Unreadable("notUtf8");
    }
  }

  /** {@code content} without a byte-order mark, with LF alone ending its lines. */
  public static String normalize(String content) {
    String text = content.startsWith("\uFEFF") ? content.substring(1) : content;
    if (text.indexOf('\r') < 0) {
      return text;
    }
    return text.replace("\r\n", "\n").replace('\r', '\n');
  }
}
