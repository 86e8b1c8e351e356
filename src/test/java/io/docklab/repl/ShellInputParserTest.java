package io.docklab.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import org.jline.reader.History;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.ParsedLine;
import org.jline.reader.Parser.ParseContext;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.history.DefaultHistory;
import org.jline.terminal.Attributes;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.ExternalTerminal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The parser in a real JLine reader, fed keystrokes through a terminal's input as a learner types
 * them (Enter is a carriage return), its screen captured.
 */
@Timeout(30)
class ShellInputParserTest {
  private static final String DOCKERFILE =
      "cat > Dockerfile <<'EOF'\nFROM python\nCMD [\"python\", \"app.py\"]\nEOF";

  @TempDir Path data;

  private final ByteArrayOutputStream screen = new ByteArrayOutputStream();
  private Terminal terminal;

  @AfterEach
  void close() throws IOException {
    if (terminal != null) {
      terminal.close();
    }
  }

  @Test
  void aHereDocumentTypedLineByLineIsOneCommand() throws IOException {
    LineReader reader = reader(typed(DOCKERFILE) + typed("docker ps"));
    assertEquals(DOCKERFILE, ShellInputParser.readCommand(reader, "$ "));
    assertEquals("docker ps", ShellInputParser.readCommand(reader, "$ "));
    String shown = shown();
    assertTrue(shown.contains("> FROM python"), shown);
    assertTrue(shown.contains("> EOF"), shown);
  }

  @Test
  void aPastedHereDocumentIsOneCommandOnceEnterIsPressed() throws IOException {
    String paste = "\033[200~" + DOCKERFILE.replace("\n", "\r") + "\033[201~";
    LineReader reader = reader(paste + "\r");
    assertEquals(DOCKERFILE, ShellInputParser.readCommand(reader, "$ "));
  }

  @Test
  void aPasteWithItsLastNewlineRunsAsIs() throws IOException {
    String paste = "\033[200~" + (DOCKERFILE + "\n").replace("\n", "\r") + "\033[201~";
    LineReader reader = reader(paste + "\r");
    assertEquals(DOCKERFILE + "\n", ShellInputParser.readCommand(reader, "$ "));
  }

  @Test
  void aBackslashContinuedCommandAndTheMultiLineHistoryEntry() throws IOException {
    String command = "docker run \\\n  -p 127.0.0.1:4000:80 \\\n  friendlyhello";
    LineReader reader = reader(typed(command) + typed("echo next"));
    assertEquals(command, ShellInputParser.readCommand(reader, "$ "));
    assertEquals("echo next", ShellInputParser.readCommand(reader, "$ "));
    History history = reader.getHistory();
    assertEquals(2, history.size());
    assertEquals(command, history.get(0));
    history.save();
    assertEquals(2, Files.readAllLines(data.resolve("history")).size(), "one line an entry");
    History reloaded = new DefaultHistory(reader(""));
    assertEquals(2, reloaded.size());
    assertEquals(command, reloaded.get(0), "read back as one entry");
  }

  @Test
  void enterInTheMiddleOfALineDoesNotBreakIt() throws IOException {
    // "echo 'a b" typed, the cursor moved back two places (Ctrl-B twice), Enter, then the close.
    LineReader reader = reader("echo 'a b\002\002\r" + "c'\r");
    assertEquals("echo 'a b\nc'", ShellInputParser.readCommand(reader, "$ "));
  }

  @Test
  void ctrlCAtTheContinuationPromptDropsTheCommand() throws Exception {
    // Keys typed into a terminal that stays open, as a learner's does; Ctrl-C once the
    // continuation prompt is up (the reader listens for it only while it reads).
    Keyboard keyboard = new Keyboard();
    LineReader reader = readerWith(ShellInputParser.withBash(), keyboard);
    Thread learner =
        new Thread(
            () -> {
              try {
                keyboard.type("cat <<EOF\rhalf\r");
                while (!shown().matches("(?s).*> half\\s*\\R> .*")) {
                  Thread.sleep(20);
                }
                keyboard.type("\003");
              } catch (InterruptedException stopped) {
                // The test has ended.
              }
            });
    learner.start();
    assertThrows(UserInterruptException.class, () -> ShellInputParser.readCommand(reader, "$ "));
    learner.join();
    keyboard.type(typed("echo after"));
    assertEquals("echo after", ShellInputParser.readCommand(reader, "$ "));
  }

  @Test
  void otherPromptsTakeTheLineAsItIs() throws IOException {
    LineReader reader = reader("don't\r" + "cat <<EOF\r");
    assertEquals("don't", reader.readLine("[y/N] "));
    assertEquals("cat <<EOF", reader.readLine("lesson> "));
  }

  @Test
  void docklabCommandsAreNeverHeld() throws IOException {
    LineReader reader = reader(":lessons 'image\r" + ":next\r");
    assertEquals(":lessons 'image", ShellInputParser.readCommand(reader, "$ "));
    assertEquals(":next", ShellInputParser.readCommand(reader, "$ "));
  }

  @Test
  void outsideTheLabPromptNothingIsHeld() {
    ShellInputParser parser = ShellInputParser.withBash();
    for (ParseContext context : ParseContext.values()) {
      ParsedLine line = parser.parse("cat <<EOF", 9, context);
      assertEquals("cat <<EOF", line.line(), context.toString());
    }
  }

  @Test
  void completionSeesTheCurrentLineOfAContinuedCommand() {
    ShellInputParser parser = ShellInputParser.withBash();
    String buffer = "docker run \\\n  -p 127.0.0.1:4000:80 fri";
    ParsedLine line = parser.parse(buffer, buffer.length(), ParseContext.COMPLETE);
    assertEquals(List.of("docker", "run", "-p", "127.0.0.1:4000:80", "fri"), line.words());
    assertEquals(4, line.wordIndex());
    assertEquals("fri", line.word());

    String body = "cat > Dockerfile <<EOF\nFROM pyt";
    ParsedLine inBody = parser.parse(body, body.length(), ParseContext.COMPLETE);
    assertEquals(List.of("FROM", "pyt"), inBody.words());

    ParsedLine single = parser.parse("docker ru", 9, ParseContext.COMPLETE);
    assertEquals(List.of("docker", "ru"), single.words());
    assertEquals(1, single.wordIndex());
  }

  /** Keys typed one after another into a terminal that stays open. */
  private static final class Keyboard extends InputStream {
    private final BlockingQueue<Integer> keys = new LinkedBlockingQueue<>();

    void type(String text) {
      for (byte key : text.getBytes(StandardCharsets.UTF_8)) {
        keys.add(key & 0xff);
      }
    }

    @Override
    public int read() throws IOException {
      try {
        return keys.take();
      } catch (InterruptedException interrupted) {
        Thread.currentThread().interrupt();
        throw new java.io.InterruptedIOException();
      }
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      if (length == 0) {
        return 0;
      }
      buffer[offset] = (byte) read();
      int count = 1;
      Integer next;
      while (count < length && (next = keys.poll()) != null) {
        buffer[offset + count++] = (byte) next.intValue();
      }
      return count;
    }

    @Override
    public int available() {
      return keys.size();
    }
  }

  private String shown() {
    return screen.toString(StandardCharsets.UTF_8).replaceAll("\033\\[[0-9;?]*[A-Za-z]", "");
  }

  /** Each line of {@code text} typed and followed by Enter. */
  private static String typed(String text) {
    return text.replace("\n", "\r") + "\r";
  }

  private LineReader reader(String keys) {
    return readerWith(
        ShellInputParser.withBash(),
        new ByteArrayInputStream(keys.getBytes(StandardCharsets.UTF_8)));
  }

  private LineReader readerWith(ShellInputParser parser, InputStream keys) {
    try {
      terminal =
          new ExternalTerminal("test", "xterm-256color", keys, screen, StandardCharsets.UTF_8);
      // Ctrl-C interrupts, as the kernel's line discipline has it on a real terminal.
      Attributes attributes = terminal.getAttributes();
      attributes.setLocalFlag(Attributes.LocalFlag.ISIG, true);
      attributes.setControlChar(Attributes.ControlChar.VINTR, 3);
      terminal.setAttributes(attributes);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    LineReader reader =
        LineReaderBuilder.builder()
            .terminal(terminal)
            .parser(parser)
            .variable(LineReader.SECONDARY_PROMPT_PATTERN, ShellInputParser.CONTINUATION_PROMPT)
            .variable(LineReader.HISTORY_FILE, data.resolve("history"))
            .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
            .build();
    ShellInputParser.enterEndsTheLine(reader);
    return reader;
  }
}
