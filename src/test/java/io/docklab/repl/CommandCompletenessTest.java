package io.docklab.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * When the lab prompt holds what was typed for more lines, decided by the real bash of this machine
 * where the rule asks it, and by the quick lexer alone where bash cannot be asked.
 */
class CommandCompletenessTest {
  private static final BashSyntaxCheck BASH = BashSyntaxCheck.find();
  private final CommandCompleteness withBash = new CommandCompleteness(BASH::endsEarly);
  private final CommandCompleteness withoutBash =
      new CommandCompleteness(BashSyntaxCheck.at(Path.of("/nonexistent/bash"))::endsEarly);

  @Test
  void bashIsThereToAskAndAMissingOneAnswersNothing() {
    assertEquals(Optional.of(false), BASH.endsEarly("echo 'hi'"));
    assertEquals(Optional.of(true), BASH.endsEarly("echo 'hi"));
    assertEquals(Optional.of(false), BASH.endsEarly("fi"));
    assertEquals(
        Optional.empty(), BashSyntaxCheck.at(Path.of("/nonexistent/bash")).endsEarly("echo 'hi"));
  }

  @Test
  void aHereDocumentWaitsForItsDelimiterLine() {
    for (CommandCompleteness rule : both()) {
      assertFalse(rule.complete("cat > Dockerfile <<EOF"));
      assertFalse(rule.complete("cat > Dockerfile <<EOF\nFROM python"));
      assertFalse(rule.complete("cat > Dockerfile <<EOF\nFROM python\nEOFX"));
      assertFalse(rule.complete("cat > Dockerfile <<EOF\nFROM python\n EOF"));
      assertTrue(rule.complete("cat > Dockerfile <<EOF\nFROM python\nEOF"));
      assertTrue(rule.complete("cat > Dockerfile <<EOF\nFROM python\nEOF\n"));
    }
  }

  @Test
  void aQuotedDelimiterIsTheWordWithoutItsQuotes() {
    String typed = "cat > Dockerfile <<'EOF'\nFROM python\nCMD [\"python\", \"app.py\"]";
    for (CommandCompleteness rule : both()) {
      assertFalse(rule.complete("cat > Dockerfile <<'EOF'"));
      assertFalse(rule.complete(typed));
      assertFalse(rule.complete(typed + "\n'EOF'"));
      assertTrue(rule.complete(typed + "\nEOF"));
      assertTrue(rule.complete("cat <<\"END\" > notes.txt\nit's $HOME\nEND"));
    }
  }

  @Test
  void theDashFormTakesADelimiterIndentedWithTabsOnly() {
    for (CommandCompleteness rule : both()) {
      assertFalse(rule.complete("cat <<-EOF\n\thello"));
      assertTrue(rule.complete("cat <<-EOF\n\thello\n\t\tEOF"));
      assertFalse(rule.complete("cat <<-EOF\n\thello\n  EOF"), "spaces are not stripped");
      assertFalse(rule.complete("cat <<EOF\n\thello\n\tEOF"), "without -, tabs stay");
    }
  }

  @Test
  void twoHereDocumentsOnOneLineWaitForBoth() {
    for (CommandCompleteness rule : both()) {
      assertFalse(rule.complete("cat <<A <<B\na\nA"));
      assertTrue(rule.complete("cat <<A <<B\na\nA\nb\nB"));
    }
  }

  @Test
  void aHereStringIsNotAHereDocument() {
    for (CommandCompleteness rule : both()) {
      assertTrue(rule.complete("cat <<< hello"));
    }
  }

  @Test
  void aTrailingBackslashContinuesTheLine() {
    for (CommandCompleteness rule : both()) {
      assertFalse(rule.complete("docker run \\"));
      assertFalse(rule.complete("docker run \\\n  -p 127.0.0.1:4000:80 \\"));
      assertTrue(rule.complete("docker run \\\n  -p 127.0.0.1:4000:80 friendlyhello"));
      assertTrue(rule.complete("echo a\\\\"), "an escaped backslash ends nothing");
      assertFalse(rule.complete("echo \"a \\"), "in double quotes too");
    }
  }

  @Test
  void aBackslashInACommentContinuesNothing() {
    for (CommandCompleteness rule : both()) {
      assertTrue(rule.complete("echo hi # see below \\"));
      assertFalse(rule.complete("echo '#' \\"), "a quoted # starts no comment");
    }
  }

  @Test
  void openQuotesWaitForTheirClose() {
    for (CommandCompleteness rule : both()) {
      assertFalse(rule.complete("echo 'it is"));
      assertFalse(rule.complete("echo \"hello"));
      assertFalse(rule.complete("echo \"hello\nworld"));
      assertTrue(rule.complete("echo \"hello\nworld\""));
      assertFalse(rule.complete("echo $(date"));
      assertFalse(rule.complete("echo `date"));
      assertTrue(rule.complete("echo \"$(echo \")\")\""), "quotes inside $( ) inside quotes");
      assertTrue(rule.complete("echo it\\'s"));
    }
  }

  @Test
  void compoundCommandsWaitForTheirEndWordWhenBashIsAsked() {
    assertFalse(withBash.complete("if true; then"));
    assertFalse(withBash.complete("if true; then\n  echo yes"));
    assertTrue(withBash.complete("if true; then\n  echo yes\nfi"));
    assertFalse(withBash.complete("for i in 1 2 3; do"));
    assertTrue(withBash.complete("for i in 1 2 3; do\n  echo $i\ndone"));
    assertFalse(withBash.complete("while true"));
    assertFalse(withBash.complete("case $x in"));
    assertFalse(withBash.complete("{ echo a"));
    assertFalse(withBash.complete("( echo a"));
    assertFalse(withBash.complete("docker ps |"));
    assertFalse(withBash.complete("true &&"));
    assertTrue(withBash.complete("docker ps | grep web"));
  }

  @Test
  void aSyntaxErrorIsCompleteAndGoesToTheShellToBeReported() {
    assertTrue(withBash.complete("fi"));
    assertTrue(withBash.complete("echo )"));
    assertTrue(withBash.complete("cat <<"));
  }

  @Test
  void docklabCommandsAndBlankLinesAreNeverHeld() {
    for (CommandCompleteness rule : both()) {
      assertTrue(rule.complete(":next"));
      assertTrue(rule.complete("  :n"));
      assertTrue(rule.complete(":lessons 'image"));
      assertTrue(rule.complete(":check \\"));
      assertTrue(rule.complete(""));
      assertTrue(rule.complete("   "));
      assertFalse(rule.complete(": <<'COMMENT'"), "':' and a blank is the shell's no-op");
    }
  }

  @Test
  void aHereDocumentOperatorInACommentOpensNothing() {
    for (CommandCompleteness rule : both()) {
      assertTrue(rule.complete("# cat <<EOF"));
      assertTrue(rule.complete("echo hi # then cat <<'EOF'"));
      assertFalse(rule.complete("echo hi#x <<EOF"), "# inside a word starts no comment");
    }
  }

  @Test
  void plainLinesNeedNoBash() {
    AtomicInteger asked = new AtomicInteger();
    CommandCompleteness counting = new CommandCompleteness(countingBash(asked));
    for (String line :
        List.of(
            "docker run -p 127.0.0.1:4000:80 friendlyhello",
            "docker ps -a",
            "docker build -t python-dockerfile .",
            "cd app; ls > files.txt",
            "docker run -d nginx &",
            "echo $HOME")) {
      assertTrue(ShellText.plain(line), line);
      assertTrue(counting.complete(line), line);
    }
    assertEquals(0, asked.get());
    assertTrue(counting.complete("if true; then echo; fi"));
    assertEquals(1, asked.get());
  }

  @Test
  void plainMeansNothingThatCanSpanLines() {
    for (String line :
        List.of(
            "echo 'a'",
            "echo \"a\"",
            "echo a \\",
            "cat <<EOF",
            "echo $(date)",
            "echo ${HOME}",
            "ls |",
            "true &&",
            "false ||",
            "for x in a",
            "[[ -f x ]]",
            "a\nb")) {
      assertFalse(ShellText.plain(line), line);
    }
  }

  private List<CommandCompleteness> both() {
    return List.of(withBash, withoutBash);
  }

  /** The real bash, counting the questions. */
  private static Function<String, Optional<Boolean>> countingBash(AtomicInteger asked) {
    return text -> {
      asked.incrementAndGet();
      return BASH.endsEarly(text);
    };
  }
}
