package io.docklab.lesson.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.docklab.util.OneLine;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** How a lesson file's text is read: safely, and with one kind of line end. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class LessonTextTest {
  @TempDir Path dir;

  @Test
  void crLfAndALoneCrEndLinesAsLfDoesAndAByteOrderMarkIsDropped() {
    assertEquals("a\nb\nc\n\nd", LessonText.normalize("\uFEFFa\r\nb\rc\n\rd"));
    assertEquals("plain\n", LessonText.normalize("plain\n"));
  }

  @Test
  void aFileOverTheLimitIsRefusedBeforeItIsRead() throws IOException {
    Path big = dir.resolve("big.yaml");
    try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
      file.setLength(LessonText.MAX_BYTES + 1L); // sparse: nothing to read, only a size
    }
    LessonText.Unreadable refused =
        assertThrows(LessonText.Unreadable.class, () -> LessonText.read(big));
    assertEquals("tooLarge", refused.key());
  }

  @Test
  void aDeviceIsNotReadAtAll() {
    LessonText.Unreadable refused =
        assertThrows(LessonText.Unreadable.class, () -> LessonText.read(Path.of("/dev/zero")));
    assertEquals("notRegularFile", refused.key());
  }

  @Test
  void aFileThatIsNotUtf8IsSaidSo() throws IOException {
    Path file = Files.write(dir.resolve("latin1.md"), new byte[] {'-', '-', '-', (byte) 0xe9});
    LessonText.Unreadable refused =
        assertThrows(LessonText.Unreadable.class, () -> LessonText.read(file));
    assertEquals("notUtf8", refused.key());
  }

  @Test
  void aValueQuotedInAMessageCannotBreakTheLine() {
    assertEquals("x\\n/tmp/evil.md:1:1: forged", OneLine.of("x\n/tmp/evil.md:1:1: forged"));
    assertEquals("\\u001b[31mred\\r\\t", OneLine.of("\u001b[31mred\r\t"));
    assertEquals(
        "f.md:1:2: found 'a\\nb'", new LessonError("f.md", 1, 2, "found 'a\nb'").toString());
  }
}
