package io.docklab.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.jline.reader.Candidate;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.ParsedLine;
import org.jline.reader.Parser;
import org.jline.reader.impl.DefaultParser;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LabCompleterTest {
  @TempDir Path directory;

  private final AtomicInteger engineReads = new AtomicInteger();
  private final EngineNames names =
      new EngineNames(
          () -> {
            engineReads.incrementAndGet();
            return new EngineNames.Names(
                List.of("python-demo", "web"), List.of("python-custom", "python:3.11-slim"));
          });
  private final LabCompleter completer =
      new LabCompleter(() -> List.of("get-started-part2", "image-by-hand"), names, () -> directory);

  @Test
  void docklabCommandsAfterAColon() {
    List<String> offered = complete(":");
    assertTrue(offered.containsAll(List.of(":next", ":check", ":hint", ":quit", ":reset")));
    assertFalse(offered.contains("docker"));
  }

  @Test
  void lessonIdsAfterLessonsAndLessonAfterReset() {
    assertEquals(List.of("get-started-part2", "image-by-hand"), complete(":lessons "));
    assertEquals(List.of("lesson"), complete(":reset "));
  }

  @Test
  void dockerSubcommandsThenFlags() {
    List<String> subcommands = complete("docker ");
    assertTrue(subcommands.containsAll(List.of("run", "ps", "commit", "build", "push", "login")));
    List<String> flags = complete("docker run -");
    assertTrue(flags.containsAll(List.of("--name", "-t", "-i", "--rm", "-p")), flags.toString());
    assertTrue(complete("docker container ").contains("ls"));
    assertTrue(complete("docker container ls -").contains("--all"));
  }

  @Test
  void containerAndImageNamesFromTheEngine() {
    assertEquals(List.of("python-demo", "web"), complete("docker commit "));
    assertEquals(
        List.of("python-custom", "python:3.11-slim"), complete("docker commit python-demo "));
    assertEquals(List.of("python-custom", "python:3.11-slim"), complete("docker run -ti "));
    assertEquals(List.of("python-demo", "web"), complete("docker logs "));
    assertEquals(List.of("python-custom", "python:3.11-slim"), complete("docker image rm "));
    assertEquals(1, engineReads.get(), "names are kept for a moment, not read on every Tab");
  }

  @Test
  void fileNamesInTheShellsDirectory() throws Exception {
    Files.writeString(directory.resolve("Dockerfile"), "FROM python\n");
    assertTrue(complete("cat ").contains("Dockerfile"), complete("cat ").toString());
  }

  @Test
  void onTheLastLineOfAContinuedCommandAsOnOneLine() {
    ShellInputParser parser = ShellInputParser.withBash();
    for (String typed : List.of("docker run -ti ", "docker run \\\n  -ti ")) {
      List<Candidate> candidates = new ArrayList<>();
      ParsedLine line = parser.parse(typed, typed.length(), Parser.ParseContext.COMPLETE);
      completer.complete(reader(), line, candidates);
      assertEquals(
          List.of("python-custom", "python:3.11-slim"),
          candidates.stream().map(Candidate::value).toList(),
          typed);
    }
    ParsedLine flag = parser.parse("docker run \\\n  --na", 19, Parser.ParseContext.COMPLETE);
    List<Candidate> flags = new ArrayList<>();
    completer.complete(reader(), flag, flags);
    assertTrue(flags.stream().anyMatch(c -> c.value().equals("--name")), flags.toString());
  }

  @Test
  void onlyLessonIdsWhilePicking() {
    completer.picking(true);
    assertEquals(List.of("get-started-part2", "image-by-hand"), complete(""));
  }

  @Test
  void aSlowEngineDoesNotHoldThePrompt() {
    EngineNames slow =
        new EngineNames(
            () -> {
              try {
                Thread.sleep(5_000);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
              return EngineNames.Names.NONE;
            });
    LabCompleter patient = new LabCompleter(List::of, slow, () -> directory);
    long began = System.nanoTime();
    List<Candidate> candidates = new ArrayList<>();
    patient.complete(reader(), parse("docker logs "), candidates);
    long millis = (System.nanoTime() - began) / 1_000_000;
    assertTrue(millis < 1_000, millis + " ms");
    assertEquals(List.of(), candidates);
    slow.close();
  }

  private List<String> complete(String line) {
    List<Candidate> candidates = new ArrayList<>();
    completer.complete(reader(), parse(line), candidates);
    return candidates.stream().map(Candidate::value).toList();
  }

  private static LineReader reader() {
    try {
      Terminal terminal =
          TerminalBuilder.builder()
              .dumb(true)
              .streams(new ByteArrayInputStream(new byte[0]), new ByteArrayOutputStream())
              .build();
      return LineReaderBuilder.builder().terminal(terminal).build();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ParsedLine parse(String line) {
    return new DefaultParser().parse(line, line.length(), Parser.ParseContext.COMPLETE);
  }
}
