package io.docklab.check;

import io.docklab.exec.UnknownVariableException;
import io.docklab.exec.UserShell;
import io.docklab.i18n.Messages;
import io.docklab.lesson.check.CommandCheck;
import io.docklab.lesson.check.Matcher;
import io.docklab.util.AnsiText;
import java.io.IOException;
import java.time.Duration;

/**
 * A {@code command} check: docklab runs the command through the user's shell in the workspace,
 * within a time bound, and compares its exit code and output.
 */
final class CommandEvaluator implements CheckEvaluator<CommandCheck> {
  static final Duration TIMEOUT = Duration.ofSeconds(30);

  private final UserShell shell;
  private final Duration timeout;

  CommandEvaluator(UserShell shell, Duration timeout) {
    this.shell = shell;
    this.timeout = timeout;
  }

  @Override
  public CheckResult evaluate(CommandCheck spec, CheckContext context, Duration waited)
      throws InterruptedException {
    // The command as it runs, a secret value hidden.
    String subject = subject(context.variables().masked().commandShown(spec.run()));
    ShellRun.Outcome outcome;
    try {
      String commandLine = context.variables().command(spec.run());
      outcome =
          ShellRun.run(shell.commandFor(commandLine), context.workspace().directory(), timeout);
    } catch (UnknownVariableException | IOException failed) {
      return Verdict.fail(spec, context, "check.command.notStarted", subject, failed.getMessage());
    }
    if (outcome.timedOut()) {
      return Verdict.fail(spec, context, "check.command.timeout", subject, timeout.toSeconds());
    }
    if (spec.exitCode() != null && spec.exitCode() != outcome.exitCode()) {
      return Verdict.fail(
          spec, context, "check.command.exitCode", subject, spec.exitCode(), outcome.exitCode());
    }
    CheckResult stdout =
        compare(
            spec,
            context,
            subject,
            "check.command.stdout",
            TextMatch.substituted(spec.stdout(), context.variables()),
            outcome.stdout());
    if (stdout != null) {
      return stdout;
    }
    CheckResult stderr =
        compare(
            spec,
            context,
            subject,
            "check.command.stderr",
            TextMatch.substituted(spec.stderr(), context.variables()),
            outcome.stderr());
    if (stderr != null) {
      return stderr;
    }
    return Verdict.pass(spec, "check.command.ok", subject, outcome.exitCode());
  }

  private static CheckResult compare(
      CommandCheck spec,
      CheckContext context,
      String subject,
      String key,
      Matcher matcher,
      String text) {
    if (matcher == null) {
      return null;
    }
    String plain = AnsiText.strip(text);
    if (matcher.test(plain)) {
      return null;
    }
    return Verdict.fail(
        spec,
        context,
        key,
        subject,
        TextMatch.describe(matcher),
        TextMatch.found(plain, matcher, true));
  }

  /**
   * A command as a check's sentence names it: itself when it is one line; a script by its first
   * line of code (not the {@code #!} line, comments or blank lines) and how many more it has.
   */
  static String subject(String run) {
    java.util.List<String> code =
        run.replaceAll("[ \\t]*\\\\\n\\s*", " ")
            .strip()
            .lines()
            .map(String::strip)
            .filter(line -> !line.isEmpty() && !line.startsWith("#"))
            .toList();
    if (code.size() <= 1) {
      String line = code.isEmpty() ? run.strip().lines().findFirst().orElse("") : code.get(0);
      return Messages.get("check.command.subject", line);
    }
    return Messages.get("check.command.script", code.get(0), code.size() - 1);
  }
}
