package io.docklab.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.docklab.i18n.Messages;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.jline.reader.Candidate;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.ParsedLine;
import org.jline.reader.Parser;
import org.jline.reader.impl.DefaultParser;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(20)
class LabCompleterTest {
  @TempDir Path directory;

  private final AtomicInteger engineReads = new AtomicInteger();
  private final EngineNames names =
      new EngineNames(
          () -> {
            engineReads.incrementAndGet();
            return new EngineNames.Names(
                List.of("python-demo"),
                List.of("web"),
                List.of("python-custom", "python:3.11-slim"));
          });
  private final LabCommands commands =
      new LabCommands()
          .add(LabCommand.named("next", "n").help("lab.command.next"))
          .add(LabCommand.named("check", "c").help("lab.command.check"))
          .add(
              LabCommand.named("reset")
                  .help("lab.command.reset")
                  .arguments(LabCommand.Arguments.fixed("lesson", "lab.command.reset.lesson")))
          .add(
              LabCommand.named("lessons", "l")
                  .help("lab.command.lessons")
                  .arguments(
                      () ->
                          List.of(
                              new LabCommand.Argument("get-started-part2", "Part 2", false),
                              new LabCommand.Argument("image-by-hand", "By hand", false))));
  private final LabCompleter completer =
      new LabCompleter(
          commands, () -> List.of("get-started-part2", "image-by-hand"), names, () -> directory);

  @BeforeEach
  void inEnglish() {
    Messages.use(Locale.ENGLISH);
  }

  @Test
  void docklabCommandsAfterAColonWithWhatEachDoes() {
    List<Candidate> offered = candidates(":");
    assertEquals(
        List.of(":next", ":check", ":reset", ":lessons"),
        offered.stream().map(Candidate::value).toList());
    assertEquals("the next step (done or not)", offered.get(0).descr());
    assertFalse(complete(":").contains("docker"));
  }

  @Test
  void argumentsAsTheCommandWasRegisteredWithTheirDescriptions() {
    assertEquals(List.of("get-started-part2", "image-by-hand"), complete(":lessons "));
    assertEquals(List.of("get-started-part2", "image-by-hand"), complete(":l "));
    assertEquals("By hand", candidates(":l ").get(1).descr());
    assertEquals(List.of("lesson"), complete(":reset "));
    assertEquals(
        "start the whole lesson again, removing what it made",
        candidates(":reset ").get(0).descr());
    assertEquals(List.of(), complete(":next "));
    assertEquals(List.of(), complete(":frobnicate "));
  }

  @Test
  void runningContainersToStopStoppedOnesToStartAllToRemove() {
    assertEquals(List.of("python-demo"), complete("docker container stop "));
    assertEquals(List.of("python-demo"), complete("docker stop "));
    assertEquals(List.of("python-demo"), complete("docker exec -ti "));
    assertEquals(List.of("web"), complete("docker container start "));
    assertEquals(List.of("web"), complete("docker start "));
    assertEquals(List.of("python-demo", "web"), complete("docker container rm "));
    assertEquals(List.of("python-demo", "web"), complete("docker logs "));
    assertEquals(
        List.of("running", "stopped"),
        candidates("docker rm ").stream().map(Candidate::descr).toList());
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
    LabCompleter patient = new LabCompleter(commands, List::of, slow, () -> directory);
    long began = System.nanoTime();
    List<Candidate> candidates = new ArrayList<>();
    patient.complete(reader(), parse("docker logs "), candidates);
    long millis = (System.nanoTime() - began) / 1_000_000;
    assertTrue(millis < 1_000, millis + " ms");
    assertEquals(List.of(), candidates);
    slow.close();
  }

  private List<String> complete(String line) {
    return candidates(line).stream().map(Candidate::value).toList();
  }

  private List<Candidate> candidates(String line) {
    List<Candidate> candidates = new ArrayList<>();
    completer.complete(reader(), parse(line), candidates);
    return candidates;
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
