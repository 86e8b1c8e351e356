package io.docklab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class QuickCommandLineTest {
  @Test
  void startWithALessonOpensTheLabWhereverTheOptionsAre() {
    assertEquals(
        Optional.of(new QuickCommandLine("image-by-hand", null, List.of(), false)),
        QuickCommandLine.parse("start", "image-by-hand"));
    assertEquals(
        Optional.of(new QuickCommandLine("x", "ja", List.of(Path.of("a"), Path.of("b")), true)),
        QuickCommandLine.parse(
            "--lang", "ja", "start", "--lessons=a", "x", "--verbose", "--lessons", "b"));
    assertEquals(
        Optional.of(new QuickCommandLine("x", "en", List.of(), false)),
        QuickCommandLine.parse("start", "x", "--lang=en"));
  }

  @Test
  void theContextOptionIsReadToo() {
    assertEquals(
        Optional.of(new QuickCommandLine("x", null, List.of(), false, "class")),
        QuickCommandLine.parse("--context", "class", "start", "x"));
    assertEquals(
        Optional.of(new QuickCommandLine(null, null, List.of(), false, "class")),
        QuickCommandLine.parse("--context=class"));
  }

  @Test
  void noSubcommandIsTheCatalogue() {
    assertEquals(
        Optional.of(new QuickCommandLine(null, null, List.of(), false)), QuickCommandLine.parse());
    assertEquals(
        Optional.of(new QuickCommandLine(null, "ja", List.of(), false)),
        QuickCommandLine.parse("--lang", "ja"));
  }

  @Test
  void everythingElseIsLeftToPicocli() {
    for (List<String> args :
        List.of(
            List.of("--help"),
            List.of("-h"),
            List.of("--version"),
            List.of("start"),
            List.of("start", "--help", "x"),
            List.of("start", "a", "b"),
            List.of("strat", "x"),
            List.of("list"),
            List.of("start", "x", "--lang"),
            List.of("start", "x", "--lang="),
            List.of("--", "start", "x"),
            List.of("start", "x", "--keep"))) {
      assertEquals(
          Optional.empty(), QuickCommandLine.parse(args.toArray(String[]::new)), args.toString());
    }
  }

  @Test
  void theCommandIsConfiguredAsPicocliWould() {
    DocklabCommand docklab =
        QuickCommandLine.parse("--lessons", "extra", "--verbose", "start", "x").get().docklab();
    assertEquals(List.of(Path.of("extra")), docklab.lessonDirectories);
    assertEquals(true, docklab.verbose);
  }
}
